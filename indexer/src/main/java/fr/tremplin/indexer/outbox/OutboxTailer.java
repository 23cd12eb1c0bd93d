package fr.tremplin.indexer.outbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * The background thread {@code tremplin-index-tailer}: every poll interval, catches the active follower
 * up with the outbox (commits are the {@link OutboxCommitter}'s job, so that an fsync never delays a
 * catch-up). A failure (database unreachable,
 * disk full...) is logged with its cause (the first time, then every 20th attempt), kept for the status, and
 * retried with a growing pause (up to 5 s, so that tailing resumes within seconds of the database coming back); the status then shows the lag growing, and health turns DOWN past the maximum lag.
 *
 * <p>Other threads that need the index up to date ask this thread with {@link #requestCatchUp()} rather
 * than writing themselves: an interrupt (a request timeout, a test framework) during a Lucene write would
 * close the writer's file channel and with it the writer. For the same reason the thread is woken with
 * {@code unpark}, never interrupted.
 */
public final class OutboxTailer {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxTailer.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private final Supplier<OutboxFollower> active;
    private final Duration pollInterval;
    private final Clock clock;
    private final Thread thread;
    private final ConcurrentLinkedQueue<CompletableFuture<Optional<OutboxFollower.CatchUp>>> requests =
            new ConcurrentLinkedQueue<>();
    private volatile boolean running = true;
    private volatile String lastError;
    private int consecutiveFailures;

    public OutboxTailer(Supplier<OutboxFollower> active, Duration pollInterval, Clock clock) {
        this.active = active;
        this.pollInterval = pollInterval;
        this.clock = clock;
        this.thread = Thread.ofPlatform().name("tremplin-index-tailer").daemon().unstarted(this::run);
    }

    public void start() {
        thread.start();
    }

    /**
     * Asks for a catch-up that starts after this call. The future completes with its result, empty when no
     * index is open, or exceptionally with the failure.
     */
    public CompletableFuture<Optional<OutboxFollower.CatchUp>> requestCatchUp() {
        CompletableFuture<Optional<OutboxFollower.CatchUp>> request = new CompletableFuture<>();
        if (!running) {
            request.completeExceptionally(new IllegalStateException("The index tailer is stopped"));
            return request;
        }
        requests.add(request);
        LockSupport.unpark(thread);
        return request;
    }

    /** Stops the thread after the catch-up in progress, and waits for it. */
    public void stop() {
        running = false;
        LockSupport.unpark(thread);
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the index tailer to stop", e);
        }
        if (thread.isAlive()) {
            LOG.warn("The index tailer did not stop within 30 s");
        }
        failAll(drain(), new IllegalStateException("The index tailer stopped"));
    }

    /** The last failure with its time, cleared by the next success. */
    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    private void run() {
        LOG.debug("Index tailer started (poll every {} ms)", pollInterval.toMillis());
        while (running) {
            List<CompletableFuture<Optional<OutboxFollower.CatchUp>>> serving = drain();
            OutboxFollower follower = active.get();
            if (follower == null) {
                serving.forEach(r -> r.complete(Optional.empty()));
            } else {
                try {
                    OutboxFollower.CatchUp done = follower.catchUp();
                    serving.forEach(r -> r.complete(Optional.of(done)));
                    recovered();
                } catch (OutboxFollower.RetiredException e) {
                    requests.addAll(serving); // swapped by a rebuild: serve them from the new one at once
                    continue;
                } catch (RuntimeException e) {
                    failAll(serving, e);
                    failed(e);
                    continue;
                }
            }
            if (requests.isEmpty()) {
                pause(pollInterval);
            }
        }
        LOG.debug("Index tailer stopped");
    }

    private List<CompletableFuture<Optional<OutboxFollower.CatchUp>>> drain() {
        List<CompletableFuture<Optional<OutboxFollower.CatchUp>>> drained = new ArrayList<>();
        for (CompletableFuture<Optional<OutboxFollower.CatchUp>> r; (r = requests.poll()) != null; ) {
            drained.add(r);
        }
        return drained;
    }

    private static void failAll(List<CompletableFuture<Optional<OutboxFollower.CatchUp>>> requests, Exception e) {
        requests.forEach(r -> r.completeExceptionally(e));
    }

    private void recovered() {
        if (consecutiveFailures > 0) {
            LOG.info("Index tailer recovered after {} failed attempts", consecutiveFailures);
        }
        consecutiveFailures = 0;
        lastError = null;
    }

    private void failed(RuntimeException e) {
        consecutiveFailures++;
        lastError = clock.instant() + ": " + e;
        long backoffMillis = Math.min(MAX_BACKOFF.toMillis(), 250L << Math.min(consecutiveFailures, 10));
        if (consecutiveFailures == 1 || consecutiveFailures % 20 == 0) {
            LOG.warn("Applying the outbox to the index failed (attempt {}), retrying in {} ms: {}",
                    consecutiveFailures, backoffMillis, e.toString());
        }
        LOG.debug("Outbox tailer failure", e);
        pause(Duration.ofMillis(backoffMillis));
    }

    /** Parks for {@code duration}, or until a request or {@link #stop()} unparks the thread. */
    private void pause(Duration duration) {
        if (running) {
            LockSupport.parkNanos(this, duration.toNanos());
        }
    }
}
