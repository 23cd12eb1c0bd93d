package fr.tremplin.bench;

import fr.tremplin.api.cli.TremplinCli;
import fr.tremplin.data.db.TemporaryDirectory;
import picocli.CommandLine;

import java.nio.file.Path;
import java.util.Map;

/**
 * {@code java -jar bench/target/tremplin-bench.jar [options]}: the {@link BenchCommand}, apart from the product's jar.
 * Its own application context: the data set's scale decides the database schema, the index and the referential.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) {
        TemporaryDirectory.keepOutOf(Path.of(""));
        System.exit(run(args, Map.of()));
    }

    /**
     * @param properties        further configuration (tests name their own index directory)
     * @param extraEnvironments further Micronaut environments (tests add "test")
     */
    public static int run(String[] args, Map<String, Object> properties, String... extraEnvironments) {
        CommandLine.Command root = BenchCommand.class.getAnnotation(CommandLine.Command.class);
        return TremplinCli.withFrenchErrors(new CommandLine(new BenchCommand(properties, extraEnvironments)), root)
                .setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }
}
