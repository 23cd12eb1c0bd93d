package fr.tremplin.api.cli;

import fr.tremplin.data.backup.BackupException;
import fr.tremplin.data.backup.BackupManifest;
import fr.tremplin.data.backup.RestoreService;
import fr.tremplin.indexer.IndexService;
import fr.tremplin.indexer.config.IndexerConfiguration;
import fr.tremplin.indexer.rebuild.RebuildReport;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.Locale;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restaure une sauvegarde faite par « backup » (service arrêté) : vérifie le manifeste et la"
                + " somme de contrôle, remplace le contenu du schéma, vérifie le nombre de lignes de chaque table,"
                + " applique les migrations manquantes, puis reconstruit l'index."})
public class RestoreCommand implements Callable<Integer> {
    @Inject
    RestoreService restores;
    @Inject
    IndexService index;
    @Inject
    IndexerConfiguration indexConfiguration;

    @Parameters(index = "0", paramLabel = "DOSSIER", description = "dossier d'une sauvegarde")
    Path dir;

    @Option(names = "--sans-index", description = "ne pas reconstruire l'index maintenant (il le sera au prochain"
            + " démarrage du service)")
    boolean withoutIndex;

    @Override
    public Integer call() {
        BackupManifest checked = restores.check(dir);
        System.err.println(String.format(Locale.FRANCE, "Sauvegarde du %s vérifiée (%d tables, %,d lignes) : restauration…",
                checked.createdAt(), checked.tables().size(), checked.totalRows()));
        Path indexDir = indexConfiguration.root();
        IndexInvalidation.requireUnused(indexDir);
        RestoreService.RestoreReport report = restores.restore(dir);
        IndexInvalidation.delete(indexDir);
        System.out.println(String.format(Locale.FRANCE,
                "Base restaurée depuis %s (sauvegarde du %s, Flyway %s) : %d tables, %,d lignes, en %,d ms",
                dir.toAbsolutePath().normalize(), report.manifest().createdAt(), report.manifest().flywayVersion(),
                report.rows().size(), report.rows().values().stream().mapToLong(Long::longValue).sum(),
                report.took().toMillis()));
        if (withoutIndex) {
            System.out.println("Index supprimé : il sera reconstruit au prochain démarrage du service.");
            return 0;
        }
        ProgressBar bar = new ProgressBar(System.err);
        try {
            RebuildReport rebuilt = index.rebuild(bar);
            bar.finish();
            System.out.println(rebuilt.frenchSummary());
        } catch (RuntimeException e) {
            bar.finish();
            throw new BackupException("Base restaurée, mais la reconstruction de l'index a échoué (" + e.getMessage()
                    + ") : il sera reconstruit au prochain démarrage du service, ou avec « rebuild-index »", e);
        }
        return 0;
    }
}
