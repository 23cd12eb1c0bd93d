package fr.tremplin.api.cli;

import fr.tremplin.data.backup.BackupManifest;
import fr.tremplin.data.backup.BackupService;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Sauvegarde cohérente de la base (mariadb-dump --single-transaction, sans arrêter le service)"
                + " dans DOSSIER (nouveau ou vide) : tremplin.sql.gz et manifest.json (date, schéma, version Flyway,"
                + " lignes par table, SHA-256).",
                "Le dossier contient des données personnelles : il est créé lisible par son seul propriétaire."})
public class BackupCommand implements Callable<Integer> {
    @Inject
    BackupService backups;

    @Parameters(index = "0", paramLabel = "DOSSIER", description = "dossier de la sauvegarde (nouveau ou vide)")
    Path dir;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        printSummary(dir, backups.backup(dir), t0);
        return 0;
    }

    static void printSummary(Path dir, BackupManifest m, long t0) {
        System.out.println(String.format(Locale.FRANCE,
                "Sauvegarde écrite dans %s : schéma %s (Flyway %s), %d tables, %,d lignes, %,d octets, SHA-256 %s, %,d ms",
                dir.toAbsolutePath().normalize(), m.schema(), m.flywayVersion(), m.tables().size(), m.totalRows(),
                m.dumpBytes(), m.sha256(), (System.nanoTime() - t0) / 1_000_000));
    }
}
