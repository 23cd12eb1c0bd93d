package fr.tremplin.api.cli;

import fr.tremplin.api.matching.FreeSearchRequest;
import fr.tremplin.api.matching.MatchingService;
import fr.tremplin.core.index.VacancyIndexView;
import fr.tremplin.core.ranking.CandidateQuery;
import fr.tremplin.core.ranking.PageRequest;
import fr.tremplin.core.ranking.Ranking;
import fr.tremplin.data.employer.EmployerService;
import fr.tremplin.data.seeker.JobSeeker;
import fr.tremplin.data.seeker.JobSeekerService;
import fr.tremplin.data.vacancy.Vacancy;
import fr.tremplin.data.vacancy.VacancyService;
import fr.tremplin.indexer.IndexService;
import fr.tremplin.indexer.mapping.IndexDocuments;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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
import java.util.function.Consumer;

/**
 * In-process matching latency on the data of the database the service uses (the demo data by default): candidates
 * for many vacancies (ranking alone, and the whole service call with its database reads), vacancies for many people,
 * free searches. Prints a table and writes JSON under target/bench/. No figure is asserted anywhere.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Mesure la latence du classement sur les données de la base (p50/p95/p99), sans serveur HTTP.")
public class BenchCommand implements Runnable {
    @Option(names = "--queries", defaultValue = "1000", description = "Requêtes mesurées par type (défaut 1000).")
    int queries;

    @Option(names = "--warmup", defaultValue = "300", description = "Requêtes d'échauffement par type (défaut 300).")
    int warmup;

    @Option(names = "--out", defaultValue = "target/bench", description = "Dossier du rapport JSON.")
    Path out;

    @Inject
    IndexService index;
    @Inject
    MatchingService matching;
    @Inject
    Ranking ranking;
    @Inject
    IndexDocuments documents;
    @Inject
    VacancyService vacancies;
    @Inject
    EmployerService employers;
    @Inject
    JobSeekerService seekers;

    @Override
    public void run() {
        index.start();
        if (!index.awaitReady(Duration.ofMinutes(10))) {
            throw new IllegalStateException("The index is not ready: " + index.status().problems());
        }
        List<Vacancy> open = vacancies.list(null, null, "OPEN", Pageable.from(0, Math.max(1, queries))).getContent();
        List<JobSeeker> active = seekers.list(null, null, "ACTIVE", Pageable.from(0, Math.max(1, queries))).getContent();
        if (open.isEmpty() || active.isEmpty()) {
            throw new IllegalStateException("No open vacancy or active person in the database: start once with demo data");
        }
        List<VacancyIndexView> views = open.stream()
                .map(v -> documents.vacancyView(v, employers.get(v.employerId()).kind())).toList();
        System.out.printf(Locale.ROOT, "Bench on %,d open vacancies and %,d active people of the database; index %s%n",
                open.size(), active.size(), index.status().documents());

        Map<String, Latency> results = new LinkedHashMap<>();
        results.put("candidates, ranking only (page of 20, explanations)", measure(views, v -> index.withSeekerSearcher(
                searcher -> ranking.candidates(searcher, new CandidateQuery(v, false, null, PageRequest.of(0, 20))))));
        results.put("candidates, service call (+ database reads and names)", measure(open,
                v -> matching.candidates(v.id(), false, null, 0, 20)));
        results.put("vacancies for a person, service call", measure(active,
                s -> matching.vacanciesFor(s.id(), false, 0, 20)));
        results.put("free search (occupation + commune + 30 km), service call", measure(open,
                v -> matching.search(new FreeSearchRequest(null, List.of(v.occupation()), null, v.communeInsee(), 30,
                        null, null, null, null), 0, 20)));

        System.out.println(table(results));
        write(results, open.size(), active.size());
    }

    private <T> Latency measure(List<T> inputs, Consumer<T> query) {
        for (int i = 0; i < warmup; i++) {
            query.accept(inputs.get(i % inputs.size()));
        }
        long[] nanos = new long[queries];
        for (int i = 0; i < queries; i++) {
            long start = System.nanoTime();
            query.accept(inputs.get(i % inputs.size()));
            nanos[i] = System.nanoTime() - start;
        }
        return Latency.of(nanos);
    }

    private static String table(Map<String, Latency> results) {
        StringBuilder t = new StringBuilder(String.format(Locale.ROOT, "%-58s %8s %8s %8s %8s %8s%n",
                "query", "n", "p50 ms", "p95 ms", "p99 ms", "max ms"));
        results.forEach((name, l) -> t.append(String.format(Locale.ROOT, "%-58s %8d %8.2f %8.2f %8.2f %8.2f%n",
                name, l.count(), l.p50(), l.p95(), l.p99(), l.max())));
        return t.toString();
    }

    private void write(Map<String, Latency> results, int vacancyCount, int seekerCount) {
        StringBuilder json = new StringBuilder("{\n  \"machine\": {\"cores\": ")
                .append(Runtime.getRuntime().availableProcessors()).append(", \"maxHeapMb\": ")
                .append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(", \"java\": \"")
                .append(System.getProperty("java.version")).append("\"},\n  \"vacancies\": ").append(vacancyCount)
                .append(",\n  \"people\": ").append(seekerCount).append(",\n  \"latencies\": [\n");
        List<String> rows = new ArrayList<>();
        results.forEach((name, l) -> rows.add(String.format(Locale.ROOT,
                "    {\"query\": \"%s\", \"n\": %d, \"p50Ms\": %.3f, \"p95Ms\": %.3f, \"p99Ms\": %.3f, \"maxMs\": %.3f}",
                name, l.count(), l.p50(), l.p95(), l.p99(), l.max())));
        json.append(String.join(",\n", rows)).append("\n  ]\n}\n");
        try {
            Files.createDirectories(out);
            Path file = out.resolve("bench-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                    + ".json");
            Files.writeString(file, json);
            System.out.println("JSON: " + file.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the bench report under " + out, e);
        }
    }

    record Latency(int count, double p50, double p95, double p99, double max) {
        static Latency of(long[] nanos) {
            long[] sorted = nanos.clone();
            java.util.Arrays.sort(sorted);
            return new Latency(sorted.length, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99),
                    sorted[sorted.length - 1] / 1e6);
        }

        private static double ms(long[] sorted, double quantile) {
            int rank = (int) Math.ceil(quantile * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1e6;
        }
    }
}
