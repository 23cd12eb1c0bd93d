package fr.tremplin.api.cli;

import fr.tremplin.api.Application;
import fr.tremplin.data.db.EmbeddedMariaDb;
import io.micronaut.configuration.picocli.MicronautFactory;
import io.micronaut.context.ApplicationContext;
import picocli.CommandLine;

import java.util.Map;
import java.util.Set;

/**
 * {@code java -jar tremplin.jar <command>}: runs one command in an application context without the HTTP server,
 * on the same database and index directory as the service (which must then be stopped: both are owned by one
 * process at a time; use the admin endpoints of a running service instead).
 */
public final class TremplinCli {
    private static final Set<String> COMMANDS = Set.of("rebuild-index", "verify-index", "backup", "restore", "import",
            "create-admin",
            "evaluate", "bench", "help");

    private TremplinCli() {
    }

    /** Whether the arguments name a command rather than options of the service. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && (COMMANDS.contains(args[0]) || "--help".equals(args[0]) || "-h".equals(args[0]));
    }

    public static int run(String[] args) {
        return run(args, Map.of());
    }

    /**
     * @param properties        further configuration (tests name their own index directory)
     * @param extraEnvironments further Micronaut environments (tests add "test")
     */
    public static int run(String[] args, Map<String, Object> properties, String... extraEnvironments) {
        CommandLine.Command root = TremplinCommand.class.getAnnotation(CommandLine.Command.class);
        if ("--help".equals(args[0]) || "-h".equals(args[0]) || "help".equals(args[0])) {
            new CommandLine(new TremplinCommand()).usage(System.out);
            return 0;
        }
        if ("evaluate".equals(args[0])) {
            // no database, no index: the evaluation builds its own in-memory index from the judged set
            String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
            return withFrenchErrors(new CommandLine(new EvaluateCommand()), root).execute(rest);
        }
        if ("bench".equals(args[0])) {
            // its own context: the data set's scale decides the database schema, the index and the referential
            String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
            return withFrenchErrors(new CommandLine(new BenchCommand(properties, extraEnvironments)), root)
                    .setCaseInsensitiveEnumValuesAllowed(true).execute(rest);
        }
        boolean backupOrRestore = "backup".equals(args[0]) || "restore".equals(args[0]);
        Map<String, Object> commandProperties = backupOrRestore ? BackupContexts.properties() : Map.of();
        try {
            return runInContext(args, properties, commandProperties, extraEnvironments);
        } catch (RuntimeException e) {
            if (backupOrRestore && rootCauseOf(e) instanceof EmbeddedMariaDb.InstanceBusyException busy) {
                return BackupContexts.whileServiceRuns(args, busy);
            }
            System.err.println(root.name() + ": " + rootCause(e));
            return 1;
        }
    }

    private static int runInContext(String[] args, Map<String, Object> properties, Map<String, Object> more,
                                    String... extraEnvironments) {
        CommandLine.Command root = TremplinCommand.class.getAnnotation(CommandLine.Command.class);
        // environments are the ones asked for: a command run from a test says "test" itself
        try (ApplicationContext context = ApplicationContext.builder(Application.class)
                .deduceEnvironment(false)
                .environments("cli")
                .environments(extraEnvironments)
                .properties(Map.of("tremplin.index.auto-start", false))
                .properties(more)
                .properties(properties)
                .start()) {
            if (!more.isEmpty()) {
                // backup and restore: the database is started (or found busy) here, not inside the command
                context.getBean(io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration.class,
                        io.micronaut.inject.qualifiers.Qualifiers.byName("default"));
            }
            return withFrenchErrors(new CommandLine(TremplinCommand.class, new MicronautFactory(context)), root)
                    .execute(args);
        }
    }

    private static CommandLine withFrenchErrors(CommandLine commandLine, CommandLine.Command root) {
        commandLine.setExecutionExceptionHandler((error, command, parsed) -> {
            System.err.println(root.name() + " " + command.getCommandName() + ": " + rootCause(error));
            return 1;
        });
        return commandLine;
    }

    static String rootCause(Throwable e) {
        Throwable t = rootCauseOf(e);
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    private static Throwable rootCauseOf(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
