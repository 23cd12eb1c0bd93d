package fr.tremplin.data.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Recovery after {@code kill -9} of a previous JVM: a {@code mariadbd} still running on our data directory is
 * stopped (SIGTERM, then SIGKILL after 60 s) before a new one starts, with a WARN line; its pid file, socket and
 * owner file go too.
 */
final class StaleServers {
    /** Logged under EmbeddedMariaDb, like every part of the embedded server. */
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private StaleServers() {
    }

    /**
     * The caller holds the instance lock, so no live Tremplin process owns this data directory: any mariadbd still
     * running on it was left behind by a JVM that died without stopping it (kill -9, OOM killer, power cut of a
     * container...). Stops it, otherwise the new server would fail on InnoDB's file locks.
     *
     * @return how many servers were stopped
     */
    static int stop(EmbeddedMariaDbSettings settings, Path pidFile, InstanceLock lock) throws IOException {
        Path dataDir = settings.dataDir();
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
            Properties owner = lock.readOwner();
            LOG.warn("Embedded MariaDB: a server (pid {}) is still running on {}, left by a previous process"
                            + " (pid {}) that did not stop it (killed?). Stopping it before starting a new one;"
                            + " InnoDB recovers the data.",
                    pid, dataDir, owner.getProperty("pid", "unknown"));
            terminate(handle.get());
            stopped++;
        }
        deleteQuietly(pidFile);
        deleteQuietly(settings.runDir().resolve("mariadbd.sock"));
        lock.deleteOwner();
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
        } catch (TimeoutException | ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    /** The pid written in {@code file}, empty when it is missing or unreadable. */
    static Optional<Long> readPid(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(Long.parseLong(Files.readString(file).trim())) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debug("Cannot delete {}", file, e);
        }
    }
}
