package fr.tremplin.indexer;

import fr.tremplin.indexer.rebuild.IndexRebuilder;
import fr.tremplin.indexer.rebuild.ProgressListener;
import fr.tremplin.indexer.rebuild.RebuildAlreadyRunningException;
import fr.tremplin.indexer.rebuild.RebuildPhase;
import fr.tremplin.indexer.rebuild.RebuildProgress;
import fr.tremplin.indexer.rebuild.RebuildReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/** One rebuild at a time, in the caller's thread or on the thread {@code tremplin-index-rebuild}. */
final class RebuildRunner {

    private static final Logger LOG = LoggerFactory.getLogger(RebuildRunner.class);

    private final IndexRebuilder rebuilder;
    private final LiveIndex live;
    private final AtomicReference<RebuildProgress> running = new AtomicReference<>();
    private final ExecutorService background = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("tremplin-index-rebuild").daemon().factory());
    private volatile RebuildReport lastReport;
    private volatile String lastError;
    private volatile boolean stopping;

    RebuildRunner(IndexRebuilder rebuilder, LiveIndex live) {
        this.rebuilder = rebuilder;
        this.live = live;
    }

    RebuildReport run(ProgressListener listener) {
        claim();
        return runClaimed(listener);
    }

    CompletableFuture<RebuildReport> start(ProgressListener listener) {
        claim();
        try {
            return CompletableFuture.supplyAsync(() -> runClaimed(listener), background);
        } catch (RuntimeException e) {
            running.set(null);
            throw e;
        }
    }

    Optional<RebuildProgress> progress() {
        return Optional.ofNullable(running.get());
    }

    Optional<RebuildReport> lastReport() {
        return Optional.ofNullable(lastReport);
    }

    Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    /** Makes a running rebuild stop at its next page (it then leaves the index as it was) and waits for it. */
    void stop() {
        stopping = true;
        background.shutdown();
        try {
            if (!background.awaitTermination(60, TimeUnit.SECONDS)) {
                LOG.warn("The index rebuild did not stop within 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the index rebuild to stop", e);
        }
    }

    private void claim() {
        RebuildProgress starting = new RebuildProgress(RebuildPhase.PREPARING, 0, 0, Duration.ZERO);
        if (!running.compareAndSet(null, starting)) {
            throw new RebuildAlreadyRunningException(running.get());
        }
    }

    private RebuildReport runClaimed(ProgressListener listener) {
        try {
            RebuildReport report = rebuilder.rebuild(live.store(), progress -> {
                if (stopping) {
                    throw new IllegalStateException("the index service is shutting down");
                }
                running.set(progress);
                listener.onProgress(progress);
            }, live::swapTo);
            lastReport = report;
            lastError = null;
            return report;
        } catch (RuntimeException e) {
            lastError = e.getMessage();
            LOG.error("{}", e.getMessage(), e);
            throw e;
        } finally {
            running.set(null);
        }
    }
}
