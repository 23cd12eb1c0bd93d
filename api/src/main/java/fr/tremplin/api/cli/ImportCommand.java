package fr.tremplin.api.cli;

import fr.tremplin.api.security.CurrentUser;
import fr.tremplin.api.transfer.FileSource;
import fr.tremplin.api.transfer.ImportEngine;
import fr.tremplin.api.transfer.ImportError;
import fr.tremplin.api.transfer.ImportReport;
import fr.tremplin.api.transfer.Transfers;
import fr.tremplin.data.user.Role;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code import KIND FILE [--dry-run]}: the same import as {@code POST /api/v1/imports/KIND}, as an administrator
 * (audited as « ligne de commande »), with a progress bar. Exit code 0 when imported (or valid in a dry run), 1 for
 * an unknown kind or an unreadable file, 2 when the file has errors (nothing written).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Importe un fichier CSV ou .xlsx de personnes (job-seekers), d'employeurs (employers) ou d'offres (vacancies) ; voir docs/import.md. Rien n'est écrit si une ligne est en erreur (code de sortie 2).")
public class ImportCommand implements Callable<Integer> {
    static final CurrentUser OPERATOR = new CurrentUser("ligne de commande", Role.ADMIN, null, null);

    @Parameters(index = "0", description = "type de données : job-seekers, employers ou vacancies")
    String kind;

    @Parameters(index = "1", description = "fichier CSV (UTF-8 ou Windows-1252, séparateur ';' ou ',') ou .xlsx")
    Path file;

    @Option(names = "--dry-run", description = "vérifier seulement, sans rien écrire")
    boolean dryRun;

    @Inject
    Transfers transfers;

    @Override
    public Integer call() {
        if (!Transfers.KINDS.contains(kind)) {
            System.err.println("type d'import inconnu : " + kind + " (job-seekers, employers ou vacancies)");
            return 1;
        }
        if (!Files.isReadable(file)) {
            System.err.println(file + " : fichier introuvable ou illisible");
            return 1;
        }
        PrintStream err = System.err;
        String name = file.getFileName().toString();
        long started = System.nanoTime();
        ImportReport report = transfers.importFile(kind, FileSource.of(file), dryRun, OPERATOR, bar(err));
        err.println();
        for (ImportError e : report.errors()) {
            System.out.println(name + ", ligne " + e.line() + (e.column() == null ? "" : ", colonne « " + e.column()
                    + " »") + " : " + e.message());
        }
        System.out.printf(Locale.FRANCE, "%s : %d ligne(s), %d créée(s), %d modifiée(s), %d inchangée(s), %d rejetée(s)%s (%.1f s)%n",
                report.dryRun() ? "Vérification (rien n'est écrit)" : "Import", report.rows(), report.created(),
                report.updated(), report.unchanged(), report.rejected(),
                report.hasErrors() && !report.dryRun() ? " ; rien n'a été écrit" : "",
                (System.nanoTime() - started) / 1e9);
        return report.hasErrors() ? 2 : 0;
    }

    /** The shared one-line bar: step, percentage, lines done out of the file's. */
    private static ImportEngine.Progress bar(PrintStream out) {
        ProgressBar bar = new ProgressBar(out);
        return (phase, done, total) -> bar.draw(total == 0 ? 1 : (double) done / total, phase,
                String.format(Locale.FRANCE, "%,d/%,d lignes", done, total));
    }
}
