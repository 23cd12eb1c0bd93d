package fr.tremplin.indexer;

import fr.tremplin.indexer.outbox.OutboxRetention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The thread {@code tremplin-index-maintenance}: the periodic consistency check, the retry of a failed
 * first build, and the outbox retention.
 * A failed run is logged and the next one runs as planned.
 */
final class Maintenance {

    private static final Logger LOG = LoggerFactory.getLogger(Maintenance.class);
    private static final Duration RETENTION_PERIOD = Duration.ofHours(1);

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("tremplin-index-maintenance").daemon().factory());

    private static final Duration MISSING_INDEX_RETRY = Duration.ofSeconds(30);

    /**
     * @param verifyInterval period of the consistency check, 0 for none
     * @param verify         the check
     * @param ensureIndex    starts a rebuild when there is no index (a first build that failed is retried)
     * @param retention      the outbox retention, run hourly when {@code retain}
     */
    void start(Duration verifyInterval, Runnable verify, Runnable ensureIndex, OutboxRetention retention,
               boolean retain) {
        scheduler.scheduleWithFixedDelay(() -> guarded("index build retry", ensureIndex),
                MISSING_INDEX_RETRY.toMillis(), MISSING_INDEX_RETRY.toMillis(), TimeUnit.MILLISECONDS);
        if (!verifyInterval.isZero()) {
            scheduler.scheduleWithFixedDelay(() -> guarded("consistency check", verify), verifyInterval.toMillis(),
                    verifyInterval.toMillis(), TimeUnit.MILLISECONDS);
        }
        if (retain) {
            scheduler.scheduleWithFixedDelay(() -> guarded("outbox retention", retention::clean),
                    Duration.ofMinutes(1).toMillis(), RETENTION_PERIOD.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Verifies the checksums of the index in use every {@code interval} (0: never). */
    void startIntegrityChecks(Duration interval, java.util.function.BooleanSupplier check) {
        if (!interval.isZero()) {
            scheduler.scheduleWithFixedDelay(() -> guarded("index integrity check", check::getAsBoolean),
                    interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    void stop() {
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("Index maintenance did not stop within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for index maintenance to stop", e);
        }
    }

    private static void guarded(String what, Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            // a scheduled task that throws is never run again: log it and keep the schedule
            if (databaseAway(e)) { // the outage is logged by the health monitor and the supervisor: no stack trace
                LOG.warn("Periodic {} skipped: database unavailable ({})", what, e.getClass().getSimpleName());
            } else {
                LOG.error("Periodic {} failed: {}", what, e.toString(), e);
            }
        }
    }

    /** A connection that could not be had or was lost: nothing the task itself did wrong. */
    private static boolean databaseAway(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException || t instanceof java.net.ConnectException
                    || t instanceof java.sql.SQLTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
