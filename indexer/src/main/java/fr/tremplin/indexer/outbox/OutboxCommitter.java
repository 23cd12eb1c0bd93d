package fr.tremplin.indexer.outbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The thread {@code tremplin-index-committer}: every commit interval, commits the active generation with
 * its outbox position when something changed. Kept apart from the tailer because an fsync under load can
 * take a few hundred milliseconds, which searches should not wait for. A failed commit is logged and
 * retried at the next interval; until then a crash re-applies the outbox from the previous commit.
 */
public final class OutboxCommitter {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxCommitter.class);

    private final Supplier<OutboxFollower> active;
    private final Duration interval;
    private final Clock clock;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("tremplin-index-committer").daemon().factory());
    private volatile String lastError;

    public OutboxCommitter(Supplier<OutboxFollower> active, Duration interval, Clock clock) {
        this.active = active;
        this.interval = interval;
        this.clock = clock;
    }

    public void start() {
        scheduler.scheduleWithFixedDelay(this::commitIfDue, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Stops after the commit in progress (never interrupted: an interrupt would close the writer). */
    public void stop() {
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(60, TimeUnit.SECONDS)) {
                LOG.warn("The index committer did not stop within 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the index committer to stop", e);
        }
    }

    /** The last failure with its time, cleared by the next success. */
    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    private void commitIfDue() {
        OutboxFollower follower = active.get();
        if (follower == null) {
            return;
        }
        try {
            follower.commitIfDue(interval);
            lastError = null;
        } catch (RuntimeException e) {
            // a scheduled task that throws is never run again: log it, keep it for the status, retry next time
            lastError = clock.instant() + ": commit failed: " + e;
            LOG.error("Committing the index {} failed, retrying in {} ms: {}", follower.generation().name(),
                    interval.toMillis(), e.toString(), e);
        }
    }
}
