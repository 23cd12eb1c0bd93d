package fr.tremplin.api.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.ResourceBundle;

/** The root command; its subcommands are the ones {@link CliCommand} lists. */
@Command(name = "tremplin", mixinStandardHelpOptions = true,
        description = "Tremplin : commandes d'administration (le service démarre sans commande).")
public class TremplinCommand implements Runnable {
    /** picocli's own words (usage headings, --help, --version) in French. */
    static final String WORDING = "fr.tremplin.api.cli.CommandLineWording";

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
        // after the subcommands: the bundle is passed down to every one of them
        root.setResourceBundle(ResourceBundle.getBundle(WORDING));
        return root;
    }
}
