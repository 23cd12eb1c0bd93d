package fr.tremplin.api.cli;

import picocli.CommandLine.Command;

@Command(name = "tremplin", mixinStandardHelpOptions = true,
        description = "Tremplin : commandes d'administration (le service démarre sans commande).",
        subcommands = {RebuildIndexCommand.class, VerifyIndexCommand.class, BackupCommand.class,
                RestoreCommand.class, ImportCommand.class, CreateAdminCommand.class, EvaluateCommand.class, BenchCommand.class})
public class TremplinCommand implements Runnable {
    @Override
    public void run() {
        // subcommands do the work
    }
}
