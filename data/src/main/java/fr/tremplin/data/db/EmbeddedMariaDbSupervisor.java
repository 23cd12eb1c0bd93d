package fr.tremplin.data.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The thread {@code tremplin-mariadb-supervisor}: checks every {@code interval} that the embedded mariadbd
 * process is alive and, when it died (killed, out of memory...), starts it again on the same port
 * ({@link EmbeddedMariaDb#restartIfDead()}) and then runs {@code afterRestart} (the pool drops its dead
 * connections). A failed restart is retried at the next tick. Nothing restarts a server stopped on purpose.
 */
public final class EmbeddedMariaDbSupervisor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDbSupervisor.class);

    /** What health reports about the embedded server. */
    public record State(boolean alive, Optional<Long> pid, int restarts, Optional<Instant> lastDeath,
                        Optional<Instant> lastRestart, Optional<String> lastError) {
    }

    private final EmbeddedMariaDb server;
    private final Runnable afterRestart;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("tremplin-mariadb-supervisor").daemon().factory());
    private volatile Instant lastDeath;
    private volatile Instant lastRestart;
    private volatile String lastError;
    private int failedAttempts;
    private volatile long holdUntilNanos;

    public EmbeddedMariaDbSupervisor(EmbeddedMariaDb server, Duration interval, Runnable afterRestart) {
        this.server = server;
        this.afterRestart = afterRestart;
        scheduler.scheduleWithFixedDelay(this::check, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        LOG.debug("Supervising the embedded MariaDB every {} ms", interval.toMillis());
    }

    private void check() {
        try {
            if (!server.isRunning() || server.serverAlive() || jvmShuttingDown()) {
                return;
            }
            if (lastDeath == null || (lastRestart != null && lastRestart.isAfter(lastDeath))) {
                lastDeath = Instant.now();
                LOG.warn("Embedded MariaDB: the server process died; requests needing the database answer 503"
                        + " until it is back");
            }
            if (System.nanoTime() - holdUntilNanos < 0) {
                return; // held back on purpose, for a bounded time (see holdRestarts)
            }
            long ms = server.restartIfDead();
            if (ms >= 0) {
                lastRestart = Instant.now();
                lastError = null;
                failedAttempts = 0;
                afterRestart.run();
                LOG.info("Embedded MariaDB back after {} ms down; the connection pool was told to reconnect",
                        Duration.between(lastDeath, lastRestart).toMillis());
            }
        } catch (RuntimeException e) {
            failedAttempts++;
            lastError = e.getMessage();
            if (failedAttempts == 1 || failedAttempts % 30 == 0) {
                LOG.error("Embedded MariaDB: restart attempt {} failed, trying again: {}", failedAttempts,
                        e.getMessage());
            }
        }
    }

    private static boolean jvmShuttingDown() {
        Thread probe = new Thread(() -> { });
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    /**
     * No restart before {@code duration} has passed (at most a minute; {@link Duration#ZERO} lifts it): the fault
     * tests keep a killed server down long enough to see the service answer 503, however loaded the machine.
     */
    public void holdRestarts(Duration duration) {
        Duration bounded = duration.compareTo(Duration.ofMinutes(1)) > 0 ? Duration.ofMinutes(1) : duration;
        holdUntilNanos = System.nanoTime() + bounded.toNanos();
    }

    public State state() {
        return new State(server.serverAlive(), server.serverPid(), server.restarts(), Optional.ofNullable(lastDeath),
                Optional.ofNullable(lastRestart), Optional.ofNullable(lastError));
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
