package fr.tremplin.api.cli;

import fr.tremplin.data.db.EmbeddedCredentials;
import fr.tremplin.data.db.EmbeddedMariaDb;

import fr.tremplin.data.backup.BackupManifest;
import fr.tremplin.data.backup.BackupService;
import fr.tremplin.data.backup.MariaDbClients;
import fr.tremplin.data.backup.MariaDbTarget;
import fr.tremplin.data.db.EmbeddedMariaDbSettings;
import io.micronaut.serde.ObjectMapper;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** How {@code backup} and {@code restore} start their application context. */
final class BackupContexts {

    private BackupContexts() {
    }

    /**
     * No demo data, no Flyway at start: a backup must not change the database it copies, and a restore replaces the
     * schema anyway (then migrates it itself), even one whose migrations fail.
     */
    static Map<String, Object> properties() {
        return Map.of("tremplin.demo.enabled", false, "flyway.datasources.default.enabled", false);
    }

    /**
     * The embedded database belongs to a running service: {@code restore} refuses; {@code backup} dumps that
     * service's server (a consistent snapshot, the service keeps running) as {@code root}, with the password of
     * the instance's credentials file.
     */
    static int whileServiceRuns(String[] args, EmbeddedMariaDb.InstanceBusyException busy) {
        long t0 = System.nanoTime();
        if ("restore".equals(args[0])) {
            System.err.println("tremplin restore: la base intégrée " + busy.instanceDir() + " est utilisée par un"
                    + " autre processus (pid " + busy.ownerPid() + ") : arrêtez le service Tremplin avant de"
                    + " restaurer. Rien n'a été modifié.");
            return 1;
        }
        if (args.length < 2 || args[args.length - 1].startsWith("-")) {
            System.err.println("tremplin backup: indiquez le dossier de la sauvegarde (tremplin backup DOSSIER)");
            return 2;
        }
        if (busy.port() <= 0) {
            System.err.println("tremplin backup: la base intégrée " + busy.instanceDir() + " est utilisée par le"
                    + " processus " + busy.ownerPid() + " mais son port est inconnu : réessayez dans un instant");
            return 1;
        }
        // no application context: with an external URL it would demand the production settings
        EmbeddedMariaDbSettings settings = busy.settings();
        String rootPassword = EmbeddedCredentials.load(EmbeddedCredentials.file(settings.instanceDir()))
                .map(EmbeddedCredentials::rootPassword).orElse("");
        MariaDbTarget target = new MariaDbTarget("127.0.0.1", busy.port(), settings.database(), "root", rootPassword,
                false);
        System.err.println("Le service (pid " + busy.ownerPid() + ") utilise la base intégrée : sauvegarde à chaud de"
                + " son serveur (port " + busy.port() + ")");
        try {
            Path dir = Path.of(args[args.length - 1]);
            MariaDbClients clients = new MariaDbClients(EmbeddedMariaDb.clientBinaries(settings), Duration.ofHours(2));
            BackupManifest m = BackupService.backup(dir, target, clients, ObjectMapper.getDefault());
            BackupCommand.printSummary(dir, m, t0);
            return 0;
        } catch (RuntimeException e) {
            System.err.println("tremplin backup: " + TremplinCli.rootCause(e));
            return 1;
        }
    }
}
