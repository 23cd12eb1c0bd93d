package fr.tremplin.bench;

import fr.tremplin.bench.http.HttpLoadResult;
import fr.tremplin.bench.http.HttpLoadRunner;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One bench run in an application context prepared for its {@link BenchScenario} (data loaded at start-up):
 * index build, in-process latencies, the SQL baseline side by side, freshness, memory, HTTP load. Each phase
 * prints a line as it ends; the whole report is returned for the table and the JSON.
 */
public final class BenchRun {

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
            report.http(http(sample));
            out.println(report.httpLine());
        }
        return report;
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
        report.latency(bench.measure("candidates, ranking with explanations (page of 20, exact total and facets)",
                sample.views(), v -> index.withSeekerSearcher(searcher -> ranking.candidates(searcher,
                        new CandidateQuery(v, false, null, PageRequest.of(0, 20)))).total()));
        report.latency(bench.measure("candidates, ranking with explanations (page of 20, no total/facets)",
                sample.views(), v -> index.withSeekerSearcher(searcher -> ranking.candidates(searcher,
                        new CandidateQuery(v, false, null, PageRequest.of(0, 20).withoutCounts()))).hits().size()));
        report.latency(bench.measure("candidates, service call (+ database reads, names)", sample.vacancies(),
                v -> matching.candidates(v.id(), false, null, 0, 20).total()));
        report.latency(bench.measure("vacancies for a person, service call", sample.people(),
                s -> matching.vacanciesFor(s.id(), false, 0, 20).total()));
        report.latency(bench.measure("free search (occupation + commune + 30 km), service call", sample.vacancies(),
                v -> matching.search(new FreeSearchRequest(null, List.of(v.occupation()), null, v.communeInsee(), 30,
                        null, null, null, null), 0, 20).total()));
        out.println(report.latencyTable());
    }

    private FreshnessReport freshness() {
        IndexerConfiguration configuration = context.getBean(IndexerConfiguration.class);
        ProbeSeekers drafts = new ProbeSeekers(context.getBean(Referential.class));
        return new FreshnessProbe(context.getBean(JobSeekerService.class), index, configuration.pollInterval())
                .run(options.freshnessWrites(), drafts::draft, true);
    }

    private HttpLoadResult http(Sample sample) {
        EmbeddedServer server = context.getBean(EmbeddedServer.class);
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getPort();
            List<String> ids = sample.vacancies().stream().map(Vacancy::id).toList();
            return new HttpLoadRunner().run(base, token(base), ids, options.httpConnections(),
                    Duration.ofSeconds(options.httpSeconds()), Duration.ofSeconds(options.httpWarmup()));
        } finally {
            server.stop();
        }
    }

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
