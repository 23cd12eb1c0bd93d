package fr.tremplin.bench;

import fr.tremplin.bench.http.HttpLoadResult;
import fr.tremplin.bench.http.HttpLoadRunner;
import fr.tremplin.bench.http.WrkLoad;
import fr.tremplin.bench.http.WrkResult;
import fr.tremplin.api.cli.ProgressBar;
import fr.tremplin.api.matching.FreeSearchRequest;
import fr.tremplin.api.matching.MatchingService;
import fr.tremplin.core.index.VacancyIndexView;
import fr.tremplin.core.ranking.CandidateQuery;
import fr.tremplin.core.ranking.PageRequest;
import fr.tremplin.core.ranking.Ranking;
import fr.tremplin.core.referential.Referential;
import fr.tremplin.data.demo.DemoAccounts;
import fr.tremplin.data.demo.DemoDataLoader;
import fr.tremplin.data.employer.EmployerService;
import fr.tremplin.data.seeker.JobSeeker;
import fr.tremplin.data.seeker.JobSeekerService;
import fr.tremplin.data.vacancy.Vacancy;
import fr.tremplin.data.vacancy.VacancyService;
import fr.tremplin.indexer.IndexService;
import fr.tremplin.indexer.config.IndexerConfiguration;
import fr.tremplin.bench.freshness.FreshnessProbe;
import fr.tremplin.bench.freshness.FreshnessReport;
import fr.tremplin.bench.freshness.ProbeSeekers;
import fr.tremplin.indexer.mapping.IndexDocuments;
import fr.tremplin.indexer.rebuild.RebuildReport;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.model.Pageable;
import io.micronaut.runtime.server.EmbeddedServer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopScoreDocCollectorManager;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One bench run in an application context prepared for its {@link BenchScenario} (data loaded at start-up):
 * index build, in-process latencies, the SQL baseline side by side, freshness, memory, HTTP load. Each phase
 * prints a line as it ends; the whole report is returned for the table and the JSON.
 */
public final class BenchRun {

    /** The longest wait for the build's merges to end before measuring. */
    private static final Duration MERGE_PATIENCE = Duration.ofMinutes(3);
    private final ApplicationContext context;
    private final BenchOptions options;
    private final PrintStream out;
    private final IndexService index;
    private final Ranking ranking;

    public BenchRun(ApplicationContext context, BenchOptions options, PrintStream out) {
        this.context = context;
        this.options = options;
        this.out = out;
        this.index = context.getBean(IndexService.class);
        this.ranking = context.getBean(Ranking.class);
    }

    public BenchReport run(long contextStartMillis) {
        BenchReport report = new BenchReport(options);
        report.data(dataLoad(contextStartMillis));
        out.println(report.dataLine());

        RebuildReport rebuild = index.rebuild(new ProgressBar(System.err));
        report.index(IndexBuild.of(rebuild, context.getBean(IndexerConfiguration.class).root()));
        out.println(report.indexLine());
        index.start();
        if (!index.awaitReady(Duration.ofMinutes(5))) {
            throw new IllegalStateException("The index is not ready: " + index.status().problems());
        }
        report.settle(settle());
        out.println(report.settleLine());

        Sample sample = sample();
        latencies(sample, report);
        if (options.sqlQueries() > 0) {
            report.sql(new SqlComparison(context, ranking, index, out).run(sample.views(), options.sqlQueries(),
                    Duration.ofSeconds(options.sqlSeconds())));
            out.println(report.sqlLine());
        }
        if (options.freshnessWrites() > 1) {
            report.freshness(freshness());
            out.println(report.freshnessLine());
        }
        report.memory(MemoryUse.measure(databasePidFile()));
        out.println(report.memoryLine());
        if (options.httpSeconds() > 0) {
            http(sample, report);
        }

        return report;
    }

    /** Waits (at most {@link #MERGE_PATIENCE}) for the build's merges to end: the latencies measure the settled index. */
    private BenchReport.Settle settle() {
        long start = System.nanoTime();
        boolean settled = index.settle(MERGE_PATIENCE);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new BenchReport.Settle(seconds, settled,
                index.withSeekerSearcher(searcher -> searcher.getIndexReader().leaves().size()));
    }

    private BenchReport.DataLoad dataLoad(long contextStartMillis) {
        long people = context.getBean(JobSeekerService.class).list(null, null, null, Pageable.from(0, 1)).getTotalSize();
        long vacancies = context.getBean(VacancyService.class).list(null, null, null, Pageable.from(0, 1)).getTotalSize();
        var loaded = context.getBean(DemoDataLoader.class).lastReport();
        boolean reused = loaded.map(DemoDataLoader.Report::nothingInserted).orElse(true);
        return new BenchReport.DataLoad(people, vacancies, reused,
                reused ? 0 : loaded.get().generateMillis() / 1000.0,
                reused ? 0 : loaded.get().insertMillis() / 1000.0, contextStartMillis / 1000.0);
    }

    private Sample sample() {
        int n = Math.max(1, Math.min(options.queries(), 2_000));
        List<Vacancy> open = context.getBean(VacancyService.class).list(null, null, "OPEN", Pageable.from(0, n)).getContent();
        List<JobSeeker> active = context.getBean(JobSeekerService.class).list(null, null, "ACTIVE", Pageable.from(0, n))
                .getContent();
        if (open.isEmpty() || active.isEmpty()) {
            throw new IllegalStateException("No open vacancy or active person in the bench database");
        }
        IndexDocuments documents = context.getBean(IndexDocuments.class);
        EmployerService employers = context.getBean(EmployerService.class);
        Map<String, fr.tremplin.core.employer.EmployerKind> kinds = new HashMap<>();
        List<VacancyIndexView> views = new ArrayList<>();
        for (Vacancy v : open) {
            views.add(documents.vacancyView(v, kinds.computeIfAbsent(v.employerId(), id -> employers.get(id).kind())));
        }
        return new Sample(open, views, active);
    }

    private void latencies(Sample sample, BenchReport report) {
        MatchingService matching = context.getBean(MatchingService.class);
        LatencyBench bench = new LatencyBench(options.queries(), options.warmup());
        if (options.rankingWarmup() > 0) {
            report.warmUp(warmUp(sample, Duration.ofSeconds(options.rankingWarmup())));
            out.println(report.warmUpLine());
        }
        report.latency(bench.measure("candidates, ranking with explanations (page of 20, exact total and facets)",
                sample.views(), this::rankFull));
        report.latency(bench.measure("candidates, ranking with explanations (page of 20, no total/facets)",
                sample.views(), this::rankPageOnly));
        floor(sample, bench, report);
        report.latency(bench.measure("candidates, service call (+ vacancy, names: read or remembered)", sample.vacancies(),
                v -> matching.candidates(v.id(), false, null, 0, 20).total()));
        report.latency(bench.measure("vacancies for a person, service call", sample.people(),
                s -> matching.vacanciesFor(s.id(), false, 0, 20).total()));
        report.latency(bench.measure("free search (occupation + commune + 30 km), service call", sample.vacancies(),
                v -> matching.search(new FreeSearchRequest(null, List.of(v.occupation()), null, v.communeInsee(), 30,
                        null, null, null, null), 0, 20).total()));
        ProspectBench.measure(context, bench, sample, report);
        report.latency(new TrainingsBench(context).measure(sample, bench));
        out.println(report.latencyTable());
        out.println(report.floorLine());
    }

    /**
     * The candidates ranked (with and without counts) and the floor searched in turn over the sample, for {@code length},
     * not measured: the first lines are then measured with the ranking compiled, as it runs in a service up for hours.
     */
    private BenchReport.WarmUp warmUp(Sample sample, Duration length) {
        List<VacancyIndexView> views = sample.views();
        List<Query> retrievals = retrievals(views);
        long start = System.nanoTime();
        long end = start + length.toNanos();
        long rounds = 0;
        for (int k = 0; System.nanoTime() - end < 0; k = (k + 1) % views.size()) {
            VacancyIndexView v = views.get(k);
            rankFull(v);
            rankPageOnly(v);
            bareRetrieval(retrievals.get(k), Integer.MAX_VALUE);
            rounds++;
        }
        return new BenchReport.WarmUp((System.nanoTime() - start) / 1e9, rounds);
    }

    /**
     * The floor: the ranking's own retrieval query for each vacancy (built once, outside the timing), searched
     * with a plain top-20 collector counting every hit, i.e. what Lucene alone costs before the filters,
     * features, facets and explanations. Measured alternately with the full ranking of the same vacancy, so that
     * both see the same machine (JIT, other programs) and their ratio holds; then the floor letting Lucene skip
     * what cannot reach the top 20.
     */
    private void floor(Sample sample, LatencyBench bench, BenchReport report) {
        List<VacancyIndexView> views = sample.views();
        List<Query> retrievals = retrievals(views);
        int n = options.queries();
        long[] full = new long[n];
        long[] bare = new long[n];
        long fullTotal = 0;
        long bareTotal = 0;
        for (int i = -options.warmup(); i < n; i++) {
            int k = Math.floorMod(i, views.size());
            long start = System.nanoTime();
            long ranked = rankFull(views.get(k));
            long middle = System.nanoTime();
            long retrieved = bareRetrieval(retrievals.get(k), Integer.MAX_VALUE);
            long end = System.nanoTime();
            if (i >= 0) {
                full[i] = middle - start;
                bare[i] = end - middle;
                fullTotal += ranked;
                bareTotal += retrieved;
            }
        }
        report.floor(new LatencyBench.Result("floor: the ranking's retrieval query alone, top 20 by score, exact count",
                        Latency.of(bare), (double) bareTotal / n),
                new LatencyBench.Result("candidates, ranking as the first line, measured alternately with the floor",
                        Latency.of(full), (double) fullTotal / n));
        report.latency(bench.measure("floor: the same, top 20 only (Lucene may skip hits)", retrievals,
                q -> bareRetrieval(q, 20)));
    }

    /** The ranking's own retrieval query for each vacancy: what the floor searches. */
    private List<Query> retrievals(List<VacancyIndexView> views) {
        return index.withSeekerSearcher(searcher -> views.stream()
                .map(v -> ranking.candidateRetrieval(searcher, new CandidateQuery(v, false, null, PageRequest.of(0, 20))))
                .toList());
    }

    private long rankFull(VacancyIndexView v) {
        return index.withSeekerSearcher(searcher -> ranking.candidates(searcher,
                new CandidateQuery(v, false, null, PageRequest.of(0, 20)))).total();
    }

    /** The same page without total and facets; returns the page's size. */
    private long rankPageOnly(VacancyIndexView v) {
        return index.withSeekerSearcher(searcher -> ranking.candidates(searcher,
                new CandidateQuery(v, false, null, PageRequest.of(0, 20).withoutCounts()))).hits().size();
    }

    /** Hits counted exactly up to {@code countUpTo} (then Lucene may skip those that cannot reach the top 20). */
    private long bareRetrieval(Query q, int countUpTo) {
        return index.withSeekerSearcher(searcher -> searcher.search(q,
                new TopScoreDocCollectorManager(20, countUpTo)).totalHits.value());
    }

    private FreshnessReport freshness() {
        IndexerConfiguration configuration = context.getBean(IndexerConfiguration.class);
        ProbeSeekers drafts = new ProbeSeekers(context.getBean(Referential.class));
        return new FreshnessProbe(context.getBean(JobSeekerService.class), index, configuration.pollInterval())
                .run(options.freshnessWrites(), drafts::draft, true);
    }

    /**
     * The built-in generator (its warm-up as a run of its own, so that the CPU time read around the measured run
     * covers only measured requests), then wrk if installed: the candidates, then the reference endpoint, each
     * after a warm-up of its own. The server's (this process's) and MariaDB's CPU time are read around each
     * measured run.
     */
    private void http(Sample sample, BenchReport report) {
        EmbeddedServer server = context.getBean(EmbeddedServer.class);
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getPort();
            String token = token(base);
            List<String> ids = sample.vacancies().stream().map(Vacancy::id).toList();
            Duration measured = Duration.ofSeconds(options.httpSeconds());
            Duration warmUp = Duration.ofSeconds(options.httpWarmup());
            CpuMeter cpu = new CpuMeter(databasePidFile());
            HttpLoadRunner runner = new HttpLoadRunner();
            if (!warmUp.isZero()) {
                runner.run(base, token, ids, options.httpConnections(), warmUp, Duration.ZERO);
            }
            CpuMeter.Reading before = cpu.read();
            HttpLoadResult builtIn = runner.run(base, token, ids, options.httpConnections(), measured, Duration.ZERO);
            report.http(builtIn);
            report.cpu(CpuMeter.perRequest("built-in generator", builtIn.requests(), before, cpu.read()));
            out.println(report.httpLine());

            Optional<WrkLoad> found = WrkLoad.find(options.out().resolve("wrk"));
            if (found.isEmpty()) {
                report.wrkSkipped("wrk is not installed (no executable named wrk on the PATH; Debian: apt-get install wrk)");
            } else {
                WrkLoad wrk = found.get();
                if (!warmUp.isZero()) {
                    wrk.candidates(base, token, ids, options.httpConnections(), warmUp);
                }
                before = cpu.read();
                WrkResult candidates = wrk.candidates(base, token, ids, options.httpConnections(), measured);
                report.cpu(CpuMeter.perRequest("wrk", candidates.requests(), before, cpu.read()));
                String path = REFERENCE_PATH + sample.vacancies().getFirst().occupation();
                if (!warmUp.isZero()) {
                    wrk.fixed(base, token, path, options.httpConnections(), warmUp);
                }
                report.wrk(candidates, wrk.fixed(base, token, path, options.httpConnections(), measured));
            }
            out.println(report.wrkLine());
            out.println(report.cpuLine());
        } finally {
            server.stop();
        }
    }

    /**
     * The reference endpoint: authenticated as every request is (the token, and the session row read from MariaDB
     * by the session filter), then reads no index and no other row, only the referential held in memory (an
     * occupation's card: its titles, skills and mobilities).
     */
    static final String REFERENCE_PATH = "/api/v1/occupations/";

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    /** Logs in as the demo adviser, as a browser or client would. */
    private static String token(String base) {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"conseiller\",\"password\":\""
                            + DemoAccounts.PASSWORD + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = ACCESS_TOKEN.matcher(response.body());
            if (response.statusCode() != 200 || !m.find()) {
                throw new IllegalStateException("Login as the demo adviser failed: HTTP " + response.statusCode());
            }
            return m.group(1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Login as the demo adviser failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while logging in", e);
        }
    }

    private Path databasePidFile() {
        return options.scenario().workDir().resolve("mariadb").resolve("run").resolve("mariadbd.pid");
    }
}
