package fr.tremplin.indexer;

import fr.tremplin.indexer.config.IndexerConfiguration;
import fr.tremplin.indexer.mapping.RejectedRows;
import fr.tremplin.indexer.outbox.OutboxCommitter;
import fr.tremplin.indexer.outbox.OutboxFollower;
import fr.tremplin.indexer.outbox.OutboxFollowers;
import fr.tremplin.indexer.outbox.OutboxRetention;
import fr.tremplin.indexer.outbox.OutboxTailer;
import fr.tremplin.indexer.rebuild.IndexRebuilder;
import fr.tremplin.indexer.rebuild.ProgressListener;
import fr.tremplin.indexer.rebuild.RebuildAlreadyRunningException;
import fr.tremplin.indexer.rebuild.RebuildProgress;
import fr.tremplin.indexer.rebuild.RebuildReport;
import fr.tremplin.indexer.store.GenerationStore;
import fr.tremplin.indexer.store.IndexKind;
import fr.tremplin.indexer.store.SearchFunction;
import fr.tremplin.indexer.verify.IndexVerifier;
import fr.tremplin.indexer.verify.IndexVersions;
import fr.tremplin.indexer.verify.VerifiedIndex;
import fr.tremplin.indexer.verify.VerifyReport;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.apache.lucene.store.AlreadyClosedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

/**
 * The indexes of this node, for the rest of the application: searchers, status, rebuild, consistency check.
 *
 * <p>Lifecycle: {@link #start()} (called on startup unless {@code tremplin.index.auto-start=false}) locks the
 * index directory, opens the current generation, starts the outbox tailer and the periodic check, and
 * starts a rebuild in the background when there is no usable index (state {@link IndexState#BUILDING}
 * until it is done; searches throw {@link IndexNotReadyException} meanwhile). Without {@code start()},
 * {@link #rebuild}, {@link #verify()} and {@link #syncNow()} open the directory themselves and work in the
 * caller's thread (the command-line commands). {@link #close()} commits and releases everything.
 */
@Singleton
public class IndexService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IndexService.class);
    private static final Duration DEFAULT_SYNC_TIMEOUT = Duration.ofSeconds(60);

    private final IndexerConfiguration configuration;
    private final IndexChecks checks;
    private final AutoRebuild autoRebuild;
    private final OutboxRetention retention;
    private final RejectedRows rejectedRows;
    private final Clock clock;
    private final LiveIndex live;
    private final RebuildRunner rebuilds;
    private final Maintenance maintenance = new Maintenance();
    private volatile OutboxTailer tailer;
    private volatile OutboxCommitter committer;
    private boolean started;
    private volatile boolean closed;

    public IndexService(IndexerConfiguration configuration, OutboxFollowers followers, IndexRebuilder rebuilder,
                        IndexVerifier verifier, OutboxRetention retention, RejectedRows rejectedRows, Clock clock) {
        this.configuration = configuration;
        this.retention = retention;
        this.rejectedRows = rejectedRows;
        this.clock = clock;
        this.live = new LiveIndex(new GenerationStore(configuration.root(), configuration.ramBufferMb()), followers);
        this.rebuilds = new RebuildRunner(rebuilder, live);
        this.autoRebuild = new AutoRebuild(rebuilds, configuration.autoRebuild(), () -> status().state(), () -> closed);
        this.live.onCorruption(reason -> autoRebuild.afterCorruption());
        this.checks = new IndexChecks(verifier, verifiedIndex(), configuration.verifyRepair());
    }

    /**
     * Opens the indexes and starts following the outbox; rebuilds in the background when needed (and
     * {@code tremplin.index.auto-rebuild} allows it). Idempotent.
     *
     * @throws fr.tremplin.indexer.store.IndexStoreException when the directory cannot be used (e.g. locked by
     *                                                       another process)
     */
    public synchronized void start() {
        if (started) {
            return;
        }
        requireNotClosed();
        Optional<LiveIndex.NeedsRebuild> needsRebuild = live.open();
        OutboxTailer newTailer = new OutboxTailer(live::active, configuration.pollInterval(), clock);
        newTailer.start();
        tailer = newTailer;
        OutboxCommitter newCommitter = new OutboxCommitter(live::active, configuration.commitInterval(), clock);
        newCommitter.start();
        committer = newCommitter;
        maintenance.start(configuration.verifyInterval(), this::periodicCheck, autoRebuild::retryMissingIndex, retention,
                !configuration.outboxRetention().isZero());
        maintenance.startIntegrityChecks(configuration.integrityInterval(), live::checkIntegrity);
        started = true;
        needsRebuild.ifPresent(autoRebuild::onStart);
    }

    /** A snapshot of state, freshness, sizes, rebuild progress and the last check. */
    public IndexStatus status() {
        OutboxFollower follower = live.active();
        Optional<RebuildProgress> progress = rebuilds.progress();
        IndexState state;
        if (closed || !live.isOpen()) {
            state = IndexState.CLOSED;
        } else if (follower != null && live.corruption().isPresent()) {
            state = IndexState.CORRUPT;
        } else if (follower != null) {
            state = IndexState.READY;
        } else if (progress.isPresent()) {
            state = IndexState.BUILDING;
        } else {
            state = IndexState.NO_INDEX;
        }
        Map<IndexKind, Integer> documents = new EnumMap<>(IndexKind.class);
        if (follower != null) {
            for (IndexKind kind : IndexKind.values()) {
                try {
                    documents.put(kind, follower.generation().index(kind).searchableDocuments());
                } catch (AlreadyClosedException e) {
                    return status(); // swapped while reading: read the new one
                }
            }
        }
        OutboxTailer t = tailer;
        OutboxCommitter c = committer;
        Optional<String> error = Optional.<String>empty()
                .or(() -> t == null ? Optional.empty() : t.lastError())
                .or(() -> c == null ? Optional.empty() : c.lastError());
        return new IndexStatus(state, Optional.ofNullable(follower).map(f -> f.generation().name()),
                follower == null ? 0 : follower.watermark(), follower == null ? 0 : follower.highestApplied(),
                follower == null ? 0 : follower.pendingGaps(),
                follower == null ? Optional.empty() : follower.freshAsOf(),
                follower == null ? Optional.empty() : Optional.of(follower.lag(clock.instant())),
                configuration.maxLag(), documents, progress, rebuilds.lastReport(), rebuilds.lastError(),
                checks.last(), error, rejectedRows.recent());
    }

    /**
     * Waits, at most {@code timeout}, for the merges of the index in use to end, then shows the merged segments to
     * searches (a service shows them at its next write), between two batches of the outbox. Meant for the bench, which
     * calls it after a build so that it measures the index as it settles rather than while merges take a core.
     *
     * @return whether the merges ended in time (false also when no index is in use)
     */
    public boolean settle(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            OutboxFollower follower = live.active();
            if (follower == null) {
                return false;
            }
            try {
                if (!follower.generation().merging()) {
                    follower.refreshSearchers();
                    return true;
                }
            } catch (OutboxFollower.RetiredException | AlreadyClosedException e) {
                if (live.active() == follower) {
                    throw e;
                }
                continue; // a rebuild swapped the generation meanwhile: settle the new one
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
    }

    /** Waits until the index is searchable; false on timeout or when it cannot become so (no index, no rebuild). */
    public boolean awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            IndexState state = status().state();
            if (state == IndexState.READY) {
                return true;
            }
            if (state == IndexState.NO_INDEX || System.nanoTime() > deadline) {
                return false;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
    }

    /**
     * Runs {@code work} with a searcher of the index in use, released afterwards. A rebuild may swap the
     * indexes at any time: a search started before the swap finishes on the old index.
     *
     * @throws IndexNotReadyException while there is no index to search
     */
    public <T> T withSearcher(IndexKind kind, SearchFunction<T> work) {
        return live.withSearcher(kind, work, this::notReadyMessage);
    }

    public <T> T withSeekerSearcher(SearchFunction<T> work) {
        return withSearcher(IndexKind.SEEKERS, work);
    }

    public <T> T withVacancySearcher(SearchFunction<T> work) {
        return withSearcher(IndexKind.VACANCIES, work);
    }

    /** The row version of the document of {@code id} as searches see it now, if it is indexed. */
    public OptionalLong indexedVersion(IndexKind kind, String id) {
        return withSearcher(kind, searcher -> IndexVersions.of(searcher, id));
    }

    /**
     * Rebuilds both indexes from the database in the calling thread and swaps them in; searches keep
     * working on the old indexes meanwhile.
     *
     * @throws RebuildAlreadyRunningException when a rebuild is running
     */
    public RebuildReport rebuild(ProgressListener listener) {
        ensureOpen();
        return rebuilds.run(listener);
    }

    /**
     * Starts a rebuild on the background thread; its progress shows in {@link #status()}.
     *
     * @throws RebuildAlreadyRunningException when a rebuild is running
     */
    public CompletableFuture<RebuildReport> startRebuild(ProgressListener listener) {
        ensureOpen();
        return rebuilds.start(listener);
    }

    /** Checks both indexes against the database (after catching up with the outbox) and keeps the report. */
    public VerifyReport verify() {
        ensureReady();
        return checks.verify();
    }

    /** Like {@link #verify()}, re-indexing what differs and checking again. */
    public VerifyReport verifyAndRepair() {
        ensureReady();
        return checks.verifyAndRepair();
    }

    /**
     * Returns once every outbox row committed before the call is applied and searchable.
     *
     * @return the instant up to which the index is now known to be fresh
     */
    public Instant syncNow() {
        return syncNow(DEFAULT_SYNC_TIMEOUT);
    }

    public Instant syncNow(Duration timeout) {
        OutboxTailer t = tailer;
        if (t == null) {
            ensureReady();
            return catchUpHere();
        }
        try {
            return t.requestCatchUp().get(timeout.toNanos(), TimeUnit.NANOSECONDS)
                    .map(OutboxFollower.CatchUp::freshAsOf)
                    .orElseThrow(() -> new IndexNotReadyException(notReadyMessage()));
        } catch (ExecutionException e) {
            throw new IllegalStateException("Catching up with the outbox failed: " + e.getCause().getMessage(),
                    e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("The index did not catch up with the outbox within " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the index to catch up", e);
        }
    }

    /**
     * Waits until the outbox row {@code outboxId} is applied and searchable (or was given up as rolled back).
     *
     * @return false on timeout
     */
    public boolean awaitUpTo(long outboxId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            syncNow(Duration.ofNanos(left));
            OutboxFollower follower = live.active();
            if (follower != null && follower.covers(outboxId)) {
                return true;
            }
            LockSupport.parkNanos(configuration.pollInterval().toNanos());
        }
    }

    /** Stops tailing, checks and rebuilds, commits, and releases the index directory. */
    @PreDestroy
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        OutboxTailer t = tailer;
        if (t != null) {
            t.stop();
        }
        OutboxCommitter c = committer;
        if (c != null) {
            c.stop();
        }
        maintenance.stop();
        rebuilds.stop();
        live.close();
    }

    /** Verifies the checksums of every file of the index in use now; false when it is corrupted (a rebuild starts). */
    public boolean checkIntegrity() {
        return live.checkIntegrity();
    }

    private void periodicCheck() {
        if (status().state() != IndexState.READY || rebuilds.progress().isPresent()) {
            return;
        }
        ensureReady();
        checks.periodic();
    }

    /**
     * Test seam: writes {@code document} for {@code id} straight through the index writer (no mapping, no outbox,
     * as a bug or a damaged file would) and makes it searchable.
     */
    void writeBypassingTheMapping(IndexKind kind, String id, org.apache.lucene.document.Document document) {
        var lucene = requireActive().generation().index(kind);
        lucene.upsert(id, document);
        lucene.refresh();
    }

    private VerifiedIndex verifiedIndex() {
        return new VerifiedIndex() {
            @Override
            public void catchUp() {
                syncNow();
            }

            @Override
            public <T> T withSearcher(IndexKind kind, SearchFunction<T> work) {
                return IndexService.this.withSearcher(kind, work);
            }

            @Override
            public long reindex(Collection<String> seekerIds, Collection<String> vacancyIds) {
                while (true) {
                    try {
                        return requireActive().reindex(seekerIds, vacancyIds);
                    } catch (OutboxFollower.RetiredException e) {
                        LOG.debug("Index swapped during a repair, repairing the new one");
                    }
                }
            }
        };
    }

    /** A catch-up in the calling thread, when no tailer runs (commands). */
    private Instant catchUpHere() {
        while (true) {
            try {
                OutboxFollower follower = requireActive();
                OutboxFollower.CatchUp done = follower.catchUp();
                follower.commit();
                return done.freshAsOf();
            } catch (OutboxFollower.RetiredException e) {
                LOG.debug("Index swapped during a catch-up, catching up the new one");
            }
        }
    }

    private OutboxFollower requireActive() {
        OutboxFollower follower = live.active();
        if (follower == null) {
            throw new IndexNotReadyException(notReadyMessage());
        }
        return follower;
    }

    private void ensureOpen() {
        requireNotClosed();
        live.open().ifPresent(needs -> LOG.info("The index needs a rebuild: {}", needs.reason()));
    }

    private void ensureReady() {
        ensureOpen();
        requireActive();
    }

    private String notReadyMessage() {
        return switch (status().state()) {
            case BUILDING -> "index en construction, réessayez dans un instant";
            case NO_INDEX -> "aucun index : lancez la reconstruction (commande rebuild-index ou page Administration"
                    + " › Index)" + rebuilds.lastError().map(e -> " ; la dernière a échoué : " + e).orElse("");
            case CLOSED -> "le service d'index n'est pas démarré ou est arrêté";
            case CORRUPT -> LiveIndex.DAMAGED;
            case READY -> "l'index vient d'être fermé";
        };
    }

    private synchronized void requireNotClosed() {
        if (closed) {
            throw new IllegalStateException("The index service is closed");
        }
    }
}
