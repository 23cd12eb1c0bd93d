package fr.tremplin.api.cli;

import picocli.CommandLine.Command;

import java.util.Arrays;
import java.util.Optional;

/**
 * The one list of the commands of {@code java -jar tremplin.jar <command>}: the dispatch ({@link TremplinCli}), the
 * subcommands of {@link TremplinCommand} and the help all read it. A new command is one line here; its name is the
 * {@code name} of its {@link Command} annotation.
 */
public enum CliCommand {
    REBUILD_INDEX(RebuildIndexCommand.class, Context.SERVICE),
    VERIFY_INDEX(VerifyIndexCommand.class, Context.SERVICE),
    BACKUP(BackupCommand.class, Context.BACKUP),
    RESTORE(RestoreCommand.class, Context.BACKUP),
    IMPORT(ImportCommand.class, Context.SERVICE),
    CREATE_ADMIN(CreateAdminCommand.class, Context.SERVICE),
    EVALUATE(EvaluateCommand.class, Context.NONE);

    /** What the command runs in. */
    public enum Context {
        /** The service's application context without its HTTP server (database and index of the service). */
        SERVICE,
        /** Like SERVICE, with the database started before the command, or found busy (a running service). */
        BACKUP,
        /** No application context: the command builds what it needs (evaluate: an in-memory index). */
        NONE
    }

    private final Class<?> type;
    private final Context context;

    CliCommand(Class<?> type, Context context) {
        this.type = type;
        this.context = context;
    }

    /** The name typed after {@code tremplin.jar}. */
    public String commandName() {
        return type.getAnnotation(Command.class).name();
    }

    public Class<?> type() {
        return type;
    }

    public Context context() {
        return context;
    }

    public static Optional<CliCommand> named(String name) {
        return Arrays.stream(values()).filter(c -> c.commandName().equals(name)).findFirst();
    }
}
