package fr.tremplin.api.cli;

import fr.tremplin.api.security.CurrentUser;
import fr.tremplin.api.transfer.ImportError;
import fr.tremplin.api.transfer.ImportReport;
import fr.tremplin.api.transfer.SeekerImporter;
import fr.tremplin.data.user.Role;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code import job-seekers FILE [--dry-run]}: the same import as {@code POST /api/v1/imports/job-seekers}, as an
 * administrator (audited as « ligne de commande »). Exit code 0 when imported (or valid in a dry run), 2 when the
 * file has errors (nothing written).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Importe un fichier CSV de personnes (voir docs/import.md) ; rien n'est écrit si une ligne est en erreur. Code de sortie 2 si le fichier contient des erreurs.")
public class ImportCommand implements Callable<Integer> {
    static final CurrentUser OPERATOR = new CurrentUser("ligne de commande", Role.ADMIN, null, null);

    @Parameters(index = "0", description = "type de données : job-seekers")
    String kind;

    @Parameters(index = "1", description = "fichier CSV (UTF-8 ou Windows-1252, séparateur ';' ou ',')")
    Path file;

    @Option(names = "--dry-run", description = "vérifier seulement, sans rien écrire")
    boolean dryRun;

    @Inject
    SeekerImporter importer;

    @Override
    public Integer call() throws IOException {
        if (!SeekerImporter.KIND.equals(kind)) {
            System.err.println("type d'import non pris en charge : " + kind + " (seul job-seekers l'est)");
            return 1;
        }
        byte[] bytes = Files.readAllBytes(file);
        PrintStream err = System.err;
        ImportReport report = importer.run(bytes, dryRun, OPERATOR, (done, total) -> {
            if (done % 100 == 0 || done == total) {
                err.print(String.format(Locale.FRANCE, "\rLignes vérifiées : %,d/%,d", done, total));
                err.flush();
            }
        });
        err.println();
        for (ImportError e : report.errors()) {
            System.out.println("ligne " + e.line() + (e.column() == null ? "" : ", colonne « " + e.column() + " »")
                    + " : " + e.message());
        }
        System.out.printf(Locale.FRANCE, "%s : %d ligne(s), %d créée(s), %d modifiée(s), %d inchangée(s), %d rejetée(s)%s%n",
                report.dryRun() ? "Vérification (rien n'est écrit)" : "Import", report.rows(), report.created(),
                report.updated(), report.unchanged(), report.rejected(),
                report.hasErrors() && !report.dryRun() ? " ; rien n'a été écrit" : "");
        return report.hasErrors() ? 2 : 0;
    }
}
