package fr.tremplin.data.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Properties;

/**
 * One owner per instance directory: the file lock {@code tremplin.lock} (released by the OS when the owning JVM
 * dies) and the owner file {@code run/owner.properties} (pid, port, start and URL of the owning process), which
 * the message of a refused start quotes.
 */
final class InstanceLock {
    /** Logged under EmbeddedMariaDb, like every part of the embedded server. */
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final EmbeddedMariaDbSettings settings;
    private final Path lockFile;
    private final Path ownerFile;
    private FileChannel channel;
    private FileLock lock;

    InstanceLock(EmbeddedMariaDbSettings settings) {
        this.settings = settings;
        this.lockFile = settings.instanceDir().resolve("tremplin.lock");
        this.ownerFile = settings.runDir().resolve("owner.properties");
    }

    /**
     * Takes the lock.
     *
     * @throws EmbeddedMariaDb.InstanceBusyException when another live process (or another server of this JVM)
     *                                               holds it
     */
    void acquire() {
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                channel = null;
                throw busy();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock " + lockFile, e);
        }
    }

    private EmbeddedMariaDb.InstanceBusyException busy() {
        Properties owner = readOwner();
        String ownerPort = owner.getProperty("port", "?");
        return new EmbeddedMariaDb.InstanceBusyException("The embedded MariaDB in " + settings.instanceDir()
                + " is already run by another process (pid " + owner.getProperty("pid", "?")
                + ", port " + ownerPort + "). Stop that process first, use another directory"
                + " (tremplin.db.embedded.data-dir), or connect to it as an external database:"
                + " TREMPLIN_DB_URL=jdbc:mariadb://127.0.0.1:" + ownerPort + "/" + settings.database()
                + " with the user and password of " + EmbeddedCredentials.file(settings.instanceDir()),
                settings, owner.getProperty("pid", "?"), parsePort(ownerPort));
    }

    private static int parsePort(String port) {
        try {
            return Integer.parseInt(port);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Gives the lock back (nothing happens when it is not held). */
    void release() {
        try {
            if (lock != null) {
                lock.release();
            }
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            LOG.debug("Ignoring a failure to release {}", lockFile, e);
        } finally {
            lock = null;
            channel = null;
        }
    }

    /** Records this process as the owner of the server listening on {@code port}. */
    void writeOwner(int port, String url) throws IOException {
        Properties owner = new Properties();
        owner.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        owner.setProperty("port", Integer.toString(port));
        owner.setProperty("started", Instant.now().toString());
        owner.setProperty("url", url);
        try (OutputStream out = Files.newOutputStream(ownerFile)) {
            owner.store(out, "Tremplin process running the embedded MariaDB of this directory");
        }
    }

    /** The owner file's content, empty when there is none. */
    Properties readOwner() {
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

    void deleteOwner() {
        StaleServers.deleteQuietly(ownerFile);
    }
}
