package fr.tremplin.data.db;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A share of an embedded server used by several contexts of one JVM ({@link EmbeddedMariaDb#acquire}): the first
 * caller for an instance directory starts the server, the last {@link #release()} stops it. Contexts started one
 * after the other in the same JVM (commands, tests without the test environment) thus never fight over the data
 * directory.
 */
public final class EmbeddedMariaDbLease {
    /** Servers started by this JVM, by instance directory. */
    private static final Map<Path, EmbeddedMariaDbLease> RUNNING = new HashMap<>();

    private final EmbeddedMariaDb server;
    private int users;

    private EmbeddedMariaDbLease(EmbeddedMariaDb server) {
        this.server = server;
    }

    static EmbeddedMariaDbLease acquire(EmbeddedMariaDbSettings settings) {
        synchronized (RUNNING) {
            EmbeddedMariaDbLease lease = RUNNING.get(settings.instanceDir());
            if (lease == null || !lease.server.isRunning()) {
                lease = new EmbeddedMariaDbLease(EmbeddedMariaDb.start(settings));
                RUNNING.put(settings.instanceDir(), lease);
            } else {
                lease.server.ensureDatabase(settings.database(), false);
            }
            lease.users++;
            return lease;
        }
    }

    public EmbeddedMariaDb server() {
        return server;
    }

    /** Gives the share back; stops the server when nobody else uses it. */
    public void release() {
        synchronized (RUNNING) {
            if (users == 0) {
                return;
            }
            users--;
            if (users == 0) {
                RUNNING.remove(server.settings().instanceDir(), this);
                server.stop();
            }
        }
    }
}
