package fr.tremplin.bench;

import fr.tremplin.bench.http.HttpLoadResult;
import fr.tremplin.bench.http.WrkResult;
import fr.tremplin.bench.freshness.FreshnessReport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures of one bench run: printed line by line as phases end, then as a JSON file. */
public final class BenchReport {

    /**
     * @param people           job seekers in the database
     * @param vacancies        vacancies in the database (all statuses)
     * @param reused           the data set was already there from an earlier run
     * @param generateSeconds  generating the data set in memory (0 when reused)
     * @param insertSeconds    inserting it into MariaDB, in one transaction (0 when reused)
     * @param contextSeconds   starting the application context, the embedded MariaDB and the data load included
     */
    public record DataLoad(long people, long vacancies, boolean reused, double generateSeconds, double insertSeconds,
                           double contextSeconds) {
    }

    /**
     * @param seconds how long the rankings ran before the in-process latencies, not measured
     * @param rounds  vacancies ranked with counts, without counts and searched with the floor's query in that time
     */
    public record WarmUp(double seconds, long rounds) {
    }

    /**
     * @param seconds        waited after the build for the merges it started to end (the index as a service serves
     *                       it once settled; measured while merges ran, a core is theirs)
     * @param settled        the merges ended within the wait
     * @param seekerSegments segments of the job-seeker index searched afterwards
     */
    public record Settle(double seconds, boolean settled, int seekerSegments) {
    }

    private final BenchOptions options;
    private DataLoad data;
    private Settle settle;
    private WarmUp warmUp;
    private IndexBuild index;
    private final List<LatencyBench.Result> latencies = new ArrayList<>();
    private SqlComparison.Result sql;
    private FreshnessReport freshness;
    private MemoryUse memory;
    private HttpLoadResult http;
    private LatencyBench.Result floor;
    private LatencyBench.Result pairedRanking;
    private WrkResult wrkCandidates;
    private WrkResult wrkReference;
    private String wrkSkipped;
    private final List<CpuMeter.PerRequest> cpu = new ArrayList<>();

    BenchReport(BenchOptions options) {
        this.options = options;
    }

    void data(DataLoad value) {
        data = value;
    }

    void index(IndexBuild value) {
        index = value;
    }

    void settle(Settle value) {
        settle = value;
    }

    void warmUp(WarmUp value) {
        warmUp = value;
    }

    void latency(LatencyBench.Result value) {
        latencies.add(value);
    }

    void sql(SqlComparison.Result value) {
        sql = value;
    }

    void freshness(FreshnessReport value) {
        freshness = value;
    }

    void memory(MemoryUse value) {
        memory = value;
    }

    void http(HttpLoadResult value) {
        http = value;
    }

    /** The floor and the full ranking measured alternately with it, both also shown in the latency table. */
    void floor(LatencyBench.Result value, LatencyBench.Result ranking) {
        floor = value;
        pairedRanking = ranking;
        latencies.add(value);
        latencies.add(ranking);
    }

    void wrk(WrkResult candidates, WrkResult reference) {
        wrkCandidates = candidates;
        wrkReference = reference;
    }

    void wrkSkipped(String why) {
        wrkSkipped = why;
    }

    void cpu(CpuMeter.PerRequest value) {
        cpu.add(value);
    }

    /**
     * The full ranking (page of 20 with explanations, exact total and facets) ÷ the floor, at p50, both measured
     * alternately on the same vacancies; NaN without them.
     */
    double floorRatio() {
        return floor == null ? Double.NaN : pairedRanking.latency().p50() / floor.latency().p50();
    }

    /** wrk's rate on the candidates ÷ its rate on the reference endpoint; NaN without wrk. */
    double wrkRatio() {
        return wrkCandidates == null ? Double.NaN
                : wrkCandidates.requestsPerSecond() / wrkReference.requestsPerSecond();
    }

    public String title() {
        BenchScenario s = options.scenario();
        return f("Tremplin bench — %s, %,d people, %,d open vacancies, %,d companies (seed %d); %d cores, heap max %,d MB,"
                        + " Java %s", s.geography().name().toLowerCase(Locale.ROOT), s.seekers(), s.vacancies(),
                s.companies(), s.seed(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), System.getProperty("java.version"));
    }

    String dataLine() {
        return data.reused()
                ? f("Data          %,d people and %,d vacancies already in schema %s (reused; delete the bench schema or var/bench to regenerate)",
                data.people(), data.vacancies(), options.scenario().schema())
                : f("Data          %,d people and %,d vacancies generated in %.1f s and inserted into MariaDB in %.1f s"
                        + " (%,.0f rows/s)", data.people(), data.vacancies(), data.generateSeconds(), data.insertSeconds(),
                (data.people() + data.vacancies()) / Math.max(1e-3, data.insertSeconds()));
    }

    String indexLine() {
        return f("Index build   %,d documents from MariaDB into Lucene in %.1f s = %,.0f documents/s; on disk: people %.1f MB,"
                + " vacancies %.1f MB", index.documents(), index.seconds(), index.documentsPerSecond(),
                index.seekerIndexMb(), index.vacancyIndexMb());
    }

    String settleLine() {
        return f("Merges        %s %.1f s after the build; the job-seeker index searched in %d segment%s",
                settle.settled() ? "ended" : "still running (measured anyway)", settle.seconds(),
                settle.seekerSegments(), settle.seekerSegments() == 1 ? "" : "s");
    }

    String warmUpLine() {
        return f("Warm-up       %,d vacancies ranked with and without counts and searched with the floor's query in %.1f s"
                + " before the latencies (not measured: the JIT compiles the ranking)", warmUp.rounds(), warmUp.seconds());
    }

    String latencyTable() {
        StringBuilder t = new StringBuilder(f("%-78s %6s %8s %8s %8s %8s %10s%n", "In-process latency", "n", "p50 ms",
                "p95 ms", "p99 ms", "max ms", "mean total"));
        for (LatencyBench.Result r : latencies) {
            Latency l = r.latency();
            t.append(f("%-78s %6d %8.2f %8.2f %8.2f %8.2f %10.0f%n", r.name(), l.count(), l.p50(), l.p95(), l.p99(),
                    l.max(), r.meanReturned()));
        }
        return t.toString().stripTrailing();
    }

    String sqlLine() {
        return f("SQL baseline  %d vacancies, top %d: SQL p50 %.2f ms, p99 %.2f ms; Lucene p50 %.2f ms, p99 %.2f ms;"
                        + " speed-up %.1f× at p50; same top %d for %.0f %% of vacancies, mean overlap %.0f %%"
                        + " (join tables built in %.1f s)", sql.vacancies(), SqlComparison.TOP, sql.sql().p50(),
                sql.sql().p99(), sql.lucene().p50(), sql.lucene().p99(), sql.speedUp(), SqlComparison.TOP,
                100 * sql.sameTop10(), 100 * sql.meanOverlap(), sql.setupSeconds());
    }

    String freshnessLine() {
        return f("Freshness     %d writes committed in MariaDB → searchable: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms,"
                        + " max %.1f ms", freshness.writes(), ms(freshness.p50()), ms(freshness.p90()), ms(freshness.p99()),
                ms(freshness.max()));
    }

    String memoryLine() {
        return f("Memory        heap used after GC %,d MB (committed %,d, max %,d); JVM resident %,d MB (peak %,d);"
                        + " MariaDB resident %s", memory.heapUsedMb(), memory.heapCommittedMb(), memory.heapMaxMb(),
                memory.rssMb(), memory.peakRssMb(),
                memory.databaseRssMb() < 0 ? "unknown" : f("%,d MB", memory.databaseRssMb()));
    }

    String httpLine() {
        return f("HTTP          GET /api/v1/vacancies/{id}/candidates?size=20 on loopback, %d connections, %.0f s:"
                        + " %,.0f req/s, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.1f ms; %,d requests, %,d errors",
                http.connections(), http.seconds(), http.requestsPerSecond(), http.p50Ms(), http.p95Ms(), http.p99Ms(),
                http.maxMs(), http.requests(), http.errors());
    }

    String floorLine() {
        if (floor == null) {
            return "Floor         not measured";
        }
        return f("Floor         bare Lucene retrieval of the same candidate queries (top 20, exact count): p50 %.2f ms,"
                        + " p99 %.2f ms; full ranking (page of 20, exact total, facets, explanations), measured"
                        + " alternately with it, p50 %.2f ms = %.1f× the floor", floor.latency().p50(),
                floor.latency().p99(), pairedRanking.latency().p50(), floorRatio());
    }

    String wrkLine() {
        if (wrkCandidates == null) {
            return "wrk           skipped: " + (wrkSkipped == null ? "no HTTP load (--http-seconds 0)" : wrkSkipped);
        }
        return f("wrk           %d connections: GET %s %s | reference GET %s (authenticated: token and session row, then only"
                        + " the in-memory referential) %s | candidates ÷ reference = %.1f %%", wrkCandidates.connections(),
                wrkCandidates.endpoint(), wrkCandidates.line(), wrkReference.endpoint(), wrkReference.line(),
                100 * wrkRatio());
    }

    String cpuLine() {
        if (cpu.isEmpty()) {
            return "CPU/request   not measured (no HTTP load)";
        }
        List<String> parts = new ArrayList<>();
        for (CpuMeter.PerRequest c : cpu) {
            parts.add(f("%s %.2f ms (+ MariaDB %s) over %,d requests", c.load(), c.serverMsPerRequest(),
                    c.databaseMsPerRequest() < 0 ? "unknown" : f("%.2f ms", c.databaseMsPerRequest()), c.requests()));
        }
        return "CPU/request   candidates, server process CPU time ÷ requests: " + String.join("; ", parts);
    }

    String sqlSummaryLine() {
        return sql == null ? "SQL speed-up  not measured (--sql-queries 0)"
                : f("SQL speed-up  %.1f× at p50 (SQL %.2f ms, Lucene %.2f ms, %d vacancies)", sql.speedUp(),
                sql.sql().p50(), sql.lucene().p50(), sql.vacancies());
    }

    /** The headline figures, one line each, printed at the end of the run. */
    public String summary() {
        return String.join("\n", "Summary", wrkLine(), cpuLine(), floorLine(), sqlSummaryLine());
    }

    /** Every line, as printed along the way. */
    public String text() {
        List<String> lines = new ArrayList<>(List.of(title(), dataLine(), indexLine()));
        if (settle != null) {
            lines.add(settleLine());
        }
        if (warmUp != null) {
            lines.add(warmUpLine());
        }
        lines.add(latencyTable());
        if (sql != null) {
            lines.add(sqlLine());
        }
        if (freshness != null) {
            lines.add(freshnessLine());
        }
        lines.add(memoryLine());
        if (http != null) {
            lines.add(httpLine());
        }
        lines.add("");
        lines.add(summary());
        return String.join("\n", lines);
    }

    /** The report as JSON (see docs/benchmarks.md for each field). */
    public String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(),
                "maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024), "java", System.getProperty("java.version"),
                "os", System.getProperty("os.name") + " " + System.getProperty("os.arch")));
        root.put("scenario", options.scenario());
        root.put("options", options);
        root.put("data", data);
        root.put("indexBuild", index);
        root.put("merges", settle);
        root.put("rankingWarmUp", warmUp);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (LatencyBench.Result r : latencies) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("query", r.name());
            row.put("latencyMs", r.latency());
            row.put("meanTotal", r.meanReturned());
            rows.add(row);
        }
        root.put("latencies", rows);
        root.put("sqlBaseline", sql);
        root.put("freshness", freshness == null ? null : Map.of("writes", freshness.writes(), "p50Ms", ms(freshness.p50()),
                "p90Ms", ms(freshness.p90()), "p99Ms", ms(freshness.p99()), "maxMs", ms(freshness.max())));
        root.put("memory", memory);
        root.put("http", http);
        Map<String, Object> wrk = new LinkedHashMap<>();
        wrk.put("skipped", wrkCandidates == null ? (wrkSkipped == null ? "no HTTP load" : wrkSkipped) : null);
        wrk.put("candidates", wrkCandidates);
        wrk.put("reference", wrkReference);
        wrk.put("candidatesToReference", wrkCandidates == null ? null : wrkRatio());
        root.put("wrk", wrk);
        root.put("cpuPerRequest", cpu);
        Map<String, Object> floorJson = new LinkedHashMap<>();
        floorJson.put("query", floor == null ? null : floor.name());
        floorJson.put("latencyMs", floor == null ? null : floor.latency());
        floorJson.put("meanTotal", floor == null ? null : floor.meanReturned());
        floorJson.put("fullRankingLatencyMs", floor == null ? null : pairedRanking.latency());
        floorJson.put("fullRankingToFloorP50", floor == null ? null : floorRatio());
        root.put("floor", floorJson);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("wrkCandidatesPerSecond", wrkCandidates == null ? null : wrkCandidates.requestsPerSecond());
        summary.put("wrkReferencePerSecond", wrkReference == null ? null : wrkReference.requestsPerSecond());
        summary.put("wrkCandidatesToReference", wrkCandidates == null ? null : wrkRatio());
        for (CpuMeter.PerRequest c : cpu) {
            summary.put(c.load().equals("wrk") ? "cpuMsPerRequestWrk" : "cpuMsPerRequestBuiltIn", c.serverMsPerRequest());
        }
        summary.put("fullRankingToFloorP50", floor == null ? null : floorRatio());
        summary.put("sqlSpeedUpP50", sql == null ? null : sql.speedUp());
        root.put("summary", summary);
        return Json.write(root);
    }

    /** Writes {@link #json()} to {@code bench-<scenario>-<time>.json} in the output directory; returns the file. */
    public Path writeJson() {
        try {
            Files.createDirectories(options.out());
            Path file = options.out().resolve(options.scenario().schema().replace("bench_", "bench-") + "-"
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".json");
            Files.writeString(file, json());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the bench report under " + options.out(), e);
        }
    }

    private static double ms(Duration d) {
        return d.toNanos() / 1e6;
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
