package fr.tremplin.api.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command; its subcommands are the ones {@link CliCommand} lists. */
@Command(name = "tremplin", mixinStandardHelpOptions = true,
        description = "Tremplin : commandes d'administration (le service démarre sans commande).")
public class TremplinCommand implements Runnable {
    @Override
    public void run() {
        // subcommands do the work
    }

    /** The root command with every command of {@link CliCommand}, instantiated by {@code factory}. */
    static CommandLine commandLine(CommandLine.IFactory factory) {
        CommandLine root = new CommandLine(TremplinCommand.class, factory);
        for (CliCommand command : CliCommand.values()) {
            root.addSubcommand(command.commandName(), command.type());
        }
        return root;
    }
}
