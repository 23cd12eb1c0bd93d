package fr.tremplin.data.db;

import ch.vorburger.exec.ManagedProcessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The passwords of a secured server: loaded from {@code <instance>/credentials.properties}; when there are none
 * yet (or the data directory is new, or they were written but not applied), the server is started once with
 * {@code --skip-grant-tables --skip-networking} to set them (see {@link EmbeddedGrants}).
 */
final class EmbeddedPasswords {
    /** Logged under EmbeddedMariaDb, like every part of the embedded server. */
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private EmbeddedPasswords() {
    }

    static EmbeddedCredentials secureIfNeeded(EmbeddedMariaDbSettings settings, int port, boolean newDataDirectory)
            throws IOException {
        Path file = EmbeddedCredentials.file(settings.instanceDir());
        Optional<EmbeddedCredentials> existing = EmbeddedCredentials.load(file);
        if (existing.isPresent() && !newDataDirectory && EmbeddedCredentials.applied(file)) {
            EmbeddedCredentials.restrict(file);
            return existing.get();
        }
        EmbeddedCredentials creds = existing.orElseGet(EmbeddedCredentials::generate);
        creds.save(file, false); // kept before they are applied: never locked out
        LOG.info("Embedded MariaDB: setting the passwords of {} ({}): starting it once without grants or networking",
                settings.dataDir(), newDataDirectory ? "new data directory" : existing.isEmpty()
                        ? "a data directory from a version without grants" : "passwords not applied yet");
        Path socket = EmbeddedServerConfiguration.socketPath(settings, port);
        TremplinMariaDB setup = new TremplinMariaDB(EmbeddedServerConfiguration.of(settings, port, true),
                settings.startTimeout().toMillis());
        try {
            setup.prepare();
            setup.start();
            try (Connection c = DriverManager.getConnection("jdbc:mariadb://localhost/?localSocket=" + socket,
                    EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD)) {
                EmbeddedGrants.secure(c, creds);
            }
        } catch (ManagedProcessException | SQLException e) {
            throw new IllegalStateException("Cannot set the passwords of the embedded MariaDB: " + e.getMessage(), e);
        } finally {
            try {
                setup.stop();
            } catch (ManagedProcessException e) {
                LOG.warn("Embedded MariaDB: the set-up server did not stop cleanly: {}", e.getMessage());
            }
        }
        creds.save(file, true);
        LOG.info("Embedded MariaDB: passwords kept in {} (owner-only)", file);
        return creds;
    }
}
