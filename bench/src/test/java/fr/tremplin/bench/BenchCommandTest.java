package fr.tremplin.bench;

import fr.tremplin.bench.http.WrkLoad;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bench harness end to end at a tiny scale, in the test database (a schema of its own per data set) with an
 * index directory of its own: it must run every phase and report every figure. No figure is asserted, only that
 * each was measured (and that the HTTP load met no error, which would be a bug, not a speed).
 */
class BenchCommandTest {

    @Test
    @SuppressWarnings("unchecked")
    void aTinyDenseRunReportsEveryFigure() throws IOException {
        Path out = Path.of("target/bench-test/dense-" + System.nanoTime());
        int exit = BenchMain.run(new String[] {"--seekers", "400", "--vacancies", "40", "--companies", "20",
                "--queries", "30", "--warmup", "5", "--ranking-warmup", "1", "--sql-queries", "10", "--freshness-writes", "4",
                "--http-seconds", "1", "--http-warmup", "1", "--connections", "2", "--import-lines", "300",
                "--out", out.toString()},
                Map.of("tremplin.index.dir", "target/index-test/bench-" + System.nanoTime()), "test");
        assertThat(exit).isZero();

        Map<String, Object> report = onlyReport(out);
        assertThat((Map<String, Object>) report.get("data")).containsEntry("people", 400);
        Map<String, Object> build = (Map<String, Object>) report.get("indexBuild");
        assertThat(((Number) build.get("documents")).longValue()).isGreaterThanOrEqualTo(400 + 40);
        assertThat(((Number) build.get("seekerIndexMb")).doubleValue()).isPositive();
        Map<String, Object> merges = (Map<String, Object>) report.get("merges");
        // at 400 people the build merged the index into one segment before the swap: this checks the report, not a wait
        assertThat(merges).as("the latencies measured once the build's merges ended").containsEntry("settled", true)
                .containsEntry("seekerSegments", 1);

        Map<String, Object> warmUp = (Map<String, Object>) report.get("rankingWarmUp");
        Map<String, Object> options = (Map<String, Object>) report.get("options");
        assertThat(((Number) options.get("rankingWarmup")).intValue()).isEqualTo(1);
        assertThat(((Number) warmUp.get("seconds")).doubleValue()).as("the rankings ran for the second asked, not the"
                + " five of --warmup").isBetween(1.0, 4.0);
        assertThat(((Number) warmUp.get("rounds")).longValue()).isPositive();

        List<Map<String, Object>> latencies = (List<Map<String, Object>>) report.get("latencies");
        assertThat(latencies).as("seven queries (trainings and prospects included), two floors and the ranking measured with the floor").hasSize(10).allSatisfy(row -> assertThat(
                ((Map<String, Object>) row.get("latencyMs"))).containsEntry("count", 30).containsKeys("p50", "p99"));
        assertThat(((Number) latencies.getFirst().get("meanTotal")).doubleValue())
                .as("the vacancies find candidates in the generated data").isPositive();

        Map<String, Object> sql = (Map<String, Object>) report.get("sqlBaseline");
        assertThat(sql).containsEntry("people", 400).containsEntry("vacancies", 10).containsKeys("speedUp", "sameTop10");
        assertThat(((Number) sql.get("meanOverlap")).doubleValue()).isBetween(0.0, 1.0);

        assertThat((Map<String, Object>) report.get("freshness")).containsEntry("writes", 4).containsKey("p99Ms");
        Map<String, Object> memory = (Map<String, Object>) report.get("memory");
        assertThat(((Number) memory.get("heapUsedMb")).longValue()).isPositive();

        Map<String, Object> http = (Map<String, Object>) report.get("http");
        assertThat(((Number) http.get("requests")).longValue()).isPositive();
        assertThat(http).containsEntry("errors", 0);

        Map<String, Object> floor = (Map<String, Object>) report.get("floor");
        assertThat(((Map<String, Object>) floor.get("latencyMs"))).containsEntry("count", 30);
        assertThat(((Number) floor.get("meanTotal")).doubleValue())
                .as("the bare retrieval finds at least the eligible candidates").isGreaterThanOrEqualTo(
                        ((Number) latencies.getFirst().get("meanTotal")).doubleValue());
        assertThat(((Number) floor.get("fullRankingToFloorP50")).doubleValue()).isPositive();

        List<Map<String, Object>> cpu = (List<Map<String, Object>>) report.get("cpuPerRequest");
        assertThat(cpu).isNotEmpty();
        assertThat(cpu.getFirst()).containsEntry("load", "built-in generator").containsEntry("requests", http.get("requests"));
        assertThat(((Number) cpu.getFirst().get("serverMsPerRequest")).doubleValue()).isPositive();

        Map<String, Object> wrk = (Map<String, Object>) report.get("wrk");
        Map<String, Object> summary = (Map<String, Object>) report.get("summary");
        assertThat(summary).containsKeys("wrkCandidatesPerSecond", "wrkReferencePerSecond", "wrkCandidatesToReference",
                "cpuMsPerRequestBuiltIn", "fullRankingToFloorP50", "sqlSpeedUpP50");
        if (WrkLoad.find(out).isPresent()) {
            assertThat(wrk.get("skipped")).isNull();
            assertThat((Map<String, Object>) wrk.get("candidates")).containsEntry("errors", 0);
            assertThat((Map<String, Object>) wrk.get("reference")).containsEntry("errors", 0);
            assertThat(((Number) wrk.get("candidatesToReference")).doubleValue()).isPositive();
            assertThat(cpu).extracting(c -> c.get("load")).containsExactly("built-in generator", "wrk");
            assertThat(summary.get("cpuMsPerRequestWrk")).isNotNull();
        } else {
            assertThat((String) wrk.get("skipped")).contains("wrk is not installed");
            assertThat(wrk.get("candidates")).isNull();
            assertThat(cpu).hasSize(1);
        }

        Map<String, Object> imported = onlyReport(out, "import-");
        assertThat(imported).containsEntry("lines", 300).containsEntry("created", 300).containsEntry("unchanged", 300)
                .containsEntry("updatedAgain", 0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTinyNationalRunSpreadsPeopleOverTheSyntheticTerritories() throws IOException {
        Path out = Path.of("target/bench-test/national-" + System.nanoTime());
        int exit = BenchMain.run(new String[] {"--geography", "national", "--seekers", "600",
                "--vacancies", "60", "--companies", "30", "--queries", "20", "--warmup", "0", "--ranking-warmup", "0", "--sql-queries", "5",
                "--freshness-writes", "0", "--http-seconds", "0", "--import-lines", "0", "--out", out.toString()},
                Map.of("tremplin.index.dir", "target/index-test/bench-" + System.nanoTime()), "test");
        assertThat(exit).isZero();

        Map<String, Object> report = onlyReport(out);
        assertThat((Map<String, Object>) report.get("scenario")).containsEntry("geography", "NATIONAL");
        assertThat(report.get("http")).isNull();
        assertThat(report.get("freshness")).isNull();
        assertThat(report.get("rankingWarmUp")).as("--ranking-warmup 0: no warm-up").isNull();
        List<Map<String, Object>> latencies = (List<Map<String, Object>>) report.get("latencies");
        // 600 people over 94 territories: a vacancy reaches a few of them, far fewer than in a dense département
        assertThat(((Number) latencies.getFirst().get("meanTotal")).doubleValue()).isLessThan(100);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> onlyReport(Path out) throws IOException {
        return onlyReport(out, "bench-");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> onlyReport(Path out, String prefix) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            List<Path> reports = files.filter(f -> f.getFileName().toString().startsWith(prefix)
                    && f.toString().endsWith(".json")).toList();
            assertThat(reports).hasSize(1);
            return ObjectMapper.getDefault().readValue(Files.readString(reports.getFirst()), Map.class);
        }
    }
}
