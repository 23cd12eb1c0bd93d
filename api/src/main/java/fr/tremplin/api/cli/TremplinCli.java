package fr.tremplin.api.cli;

import fr.tremplin.data.db.EmbeddedMariaDb;
import io.micronaut.configuration.picocli.MicronautFactory;
import io.micronaut.context.ApplicationContext;
import picocli.CommandLine;

import java.util.Map;

/**
 * {@code java -jar tremplin.jar <command>}: runs one command in an application context without the HTTP server,
 * on the same database and index directory as the service (which must then be stopped: both are owned by one
 * process at a time; use the admin endpoints of a running service instead).
 */
public final class TremplinCli {
    /** The package of {@code fr.tremplin.api.Application}, the service's main class. */
    public static final String APPLICATION_PACKAGE = "fr.tremplin.api";

    private TremplinCli() {
    }

    /** Whether the arguments name a command rather than options of the service. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && (isHelp(args[0]) || CliCommand.named(args[0]).isPresent());
    }

    private static boolean isHelp(String arg) {
        return "--help".equals(arg) || "-h".equals(arg) || "help".equals(arg);
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
        if (isHelp(args[0])) {
            TremplinCommand.commandLine(CommandLine.defaultFactory()).usage(System.out);
            return 0;
        }
        CliCommand command = CliCommand.named(args[0]).orElseThrow(
                () -> new IllegalArgumentException("Commande inconnue : " + args[0]));
        if (command.context() == CliCommand.Context.NONE) {
            // no database, no index: the command builds what it needs
            String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
            return withFrenchErrors(new CommandLine(command.type(), CommandLine.defaultFactory()), root).execute(rest);
        }
        boolean backupOrRestore = command.context() == CliCommand.Context.BACKUP;
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
        // the service's packages and class loader, as ApplicationContext.builder(Application.class) would set them,
        // without naming Application (which starts the CLI: no package cycle)
        try (ApplicationContext context = ApplicationContext.builder()
                .classLoader(TremplinCli.class.getClassLoader())
                .packages(APPLICATION_PACKAGE)
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
            return withFrenchErrors(TremplinCommand.commandLine(new MicronautFactory(context)), root).execute(args);
        }
    }

    /** Errors of a command as one French line on the standard error, exit status 1 (the bench's command too). */
    public static CommandLine withFrenchErrors(CommandLine commandLine, CommandLine.Command root) {
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
