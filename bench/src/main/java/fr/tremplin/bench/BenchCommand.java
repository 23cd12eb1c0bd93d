package fr.tremplin.bench;

import fr.tremplin.api.Application;
import fr.tremplin.data.demo.DemoDataGenerator;
import io.micronaut.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code bench}: generates a data set at the chosen scale in the bench's own embedded MariaDB (kept for the next
 * run at the same scale), builds the indexes from it and measures everything docs/benchmarks.md lists. It never
 * touches the service's database or index. No figure is asserted anywhere.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Mesure la construction de l'index, la latence du classement (p50/p95/p99), la fraîcheur, la mémoire,"
                + " le débit HTTP et la référence SQL, sur des données générées à l'échelle choisie (sa propre base MariaDB"
                + " embarquée sous --work, gardée pour la fois suivante).",
                "Exemples : bench (28 000 personnes) ; bench --seekers 1000000 --vacancies 30000 ;"
                        + " bench --seekers 1000000 --vacancies 30000 --companies 15000 --geography national"})
public class BenchCommand implements Callable<Integer> {

    @Option(names = "--seekers", defaultValue = "28000", description = "Personnes générées (défaut 28000).")
    int seekers;
    @Option(names = "--vacancies", defaultValue = "3000", description = "Offres ouvertes générées (défaut 3000).")
    int vacancies;
    @Option(names = "--companies", defaultValue = "1500", description = "Entreprises générées (défaut 1500).")
    int companies;
    @Option(names = "--geography", defaultValue = "DENSE", description = "DENSE (tout le département) ou NATIONAL"
            + " (le département et 93 copies synthétiques sur une carte de France). Défaut DENSE.")
    Geography geography;
    @Option(names = "--seed", defaultValue = "" + DemoDataGenerator.DEFAULT_SEED, description = "Graine (défaut 44).")
    long seed;
    @Option(names = "--queries", defaultValue = "1000", description = "Requêtes mesurées par type (défaut 1000).")
    int queries;
    @Option(names = "--warmup", defaultValue = "300", description = "Requêtes d'échauffement par type (défaut 300).")
    int warmup;
    /**
     * 10 s: with only the 300 queries of its own warm-up, the first line measured 0.84 and 0.78 ms at p50 (p99 3.44 and
     * 2.51 ms) at 28,000 people, the same ranking measured later alternately with the floor 0.63 and 0.54 ms: the JIT
     * had not finished compiling the ranking. After 10 s of rankings, 0.45 and 0.43 ms (p99 1.10 and 1.06 ms);
     * 2026-12-07, two runs of each.
     */
    @Option(names = "--ranking-warmup", defaultValue = "10", description = "Secondes de classements et de plancher"
            + " non mesurés avant les latences en processus (défaut 10 s, compilation à la volée).")
    int rankingWarmup;
    @Option(names = "--sql-queries", defaultValue = "200", description = "Offres classées aussi en SQL (défaut 200, 0 : pas de SQL).")
    int sqlQueries;
    @Option(names = "--sql-seconds", defaultValue = "180", description = "Temps maximal de la comparaison SQL (défaut 180 s).")
    int sqlSeconds;
    @Option(names = "--freshness-writes", defaultValue = "200", description = "Écritures chronométrées jusqu'à la recherche (défaut 200).")
    int freshnessWrites;
    @Option(names = "--http-seconds", defaultValue = "20", description = "Durée mesurée de la charge HTTP (défaut 20 s, 0 : aucune).")
    int httpSeconds;
    /**
     * 30 s: after 5 s the server still compiles its HTTP paths and fills its caches (measured 2026-12-07 at 28,000
     * people: 3.50 ms of CPU per candidates request after 5 s of warm-up and 10 s measured, 2.10 ms after 30 and 30).
     */
    @Option(names = "--http-warmup", defaultValue = "30", description = "Échauffement HTTP, avant chaque charge mesurée (défaut 30 s).")
    int httpWarmup;
    @Option(names = "--connections", defaultValue = "16", description = "Connexions HTTP simultanées (défaut 16).")
    int connections;
    @Option(names = "--import-lines", defaultValue = "28000", description = "Personnes d'un fichier importé puis"
            + " réimporté, mesuré en dernier (défaut 28000, 0 : aucun ; les personnes importées sont retirées ensuite).")
    int importLines;
    @Option(names = "--import-only", description = "Ne mesurer que l'import de fichier (--import-lines).")
    boolean importOnly;
    @Option(names = "--work", defaultValue = "var/bench", description = "Base MariaDB et index du banc (défaut var/bench).")
    Path work;
    @Option(names = "--out", defaultValue = "target/bench", description = "Dossier du rapport JSON (défaut target/bench).")
    Path out;

    private final Map<String, Object> properties;
    private final String[] environments;

    public BenchCommand() {
        this(Map.of());
    }

    /** @param properties further configuration (tests), applied over the scenario's */
    public BenchCommand(Map<String, Object> properties, String... environments) {
        this.properties = properties;
        this.environments = environments;
    }

    @Override
    public Integer call() {
        BenchScenario scenario = new BenchScenario(geography, seekers, vacancies, companies, seed, work);
        BenchOptions options = new BenchOptions(scenario, queries, warmup, rankingWarmup, sqlQueries, sqlSeconds,
                freshnessWrites, httpSeconds, httpWarmup, connections, out);
        Map<String, Object> all = new LinkedHashMap<>(scenario.properties());
        all.putAll(properties);
        System.out.printf("Bench: starting MariaDB (%s, schema %s) and loading the data set if it is not there yet…%n",
                work.resolve("mariadb"), scenario.schema());
        long start = System.nanoTime();
        if (!importOnly) {
            try (ApplicationContext context = start(all)) {
                long startMillis = (System.nanoTime() - start) / 1_000_000;
                BenchReport report = new BenchRun(context, options, System.out).run(startMillis);
                Path file = report.writeJson();
                System.out.println();
                System.out.println(report.text());
                System.out.println("JSON: " + file.toAbsolutePath());
            }
        }
        if (importLines > 0) {
            // a context of its own: the HTTP stage above stops its server, and with it the context
            try (ApplicationContext context = start(all)) {
                ImportBench.Result imported = new ImportBench(context).run(importLines, work);
                System.out.println(imported.line());
                System.out.println("JSON: " + writeImportReport(imported).toAbsolutePath());
            }
        }
        return 0;
    }

    private ApplicationContext start(Map<String, Object> all) {
        return ApplicationContext.builder(Application.class)
                .environments("cli", "bench")
                .environments(environments)
                .properties(all)
                .start();
    }

    private Path writeImportReport(ImportBench.Result imported) {
        Path file = out.resolve("import-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                + ".json");
        try {
            Files.createDirectories(out);
            Files.writeString(file, imported.json());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
