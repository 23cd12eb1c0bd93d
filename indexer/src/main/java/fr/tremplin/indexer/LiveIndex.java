package fr.tremplin.indexer;

import fr.tremplin.indexer.outbox.OutboxFollower;
import fr.tremplin.indexer.outbox.OutboxFollowers;
import fr.tremplin.indexer.store.Generation;
import fr.tremplin.indexer.store.GenerationStore;
import fr.tremplin.indexer.store.IndexKind;
import fr.tremplin.indexer.store.IndexPosition;
import fr.tremplin.indexer.store.IndexStoreException;
import fr.tremplin.indexer.store.LuceneIndex;
import fr.tremplin.indexer.store.SearchFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.AlreadyClosedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The generation searches use and the outbox follower that feeds it, and the one place where it changes:
 * opened on start, swapped by a rebuild, closed on shutdown. Searches read {@link #active()} without
 * locking; a search that meets a generation closed by a swap retries on the new one.
 */
final class LiveIndex {

    private static final Logger LOG = LoggerFactory.getLogger(LiveIndex.class);
    /** What a search answers while a damaged index is rebuilt (shown in the API's 503 problem, in French). */
    static final String DAMAGED = "index endommagé, reconstruction en cours : réessayez dans un instant";

    /** Why the index on disk cannot be used as it is. */
    record NeedsRebuild(String reason) {
    }

    private final GenerationStore store;
    private final OutboxFollowers followers;
    private volatile OutboxFollower active;
    private volatile boolean opened;
    private volatile boolean closed;
    /** Why the generation in use cannot be trusted (a checksum failed), null while it can. */
    private volatile String corruption;
    private volatile Consumer<String> onCorruption = reason -> { };
    private volatile long lastCleanCheck;
    private final Object integrityLock = new Object();

    LiveIndex(GenerationStore store, OutboxFollowers followers) {
        this.store = store;
        this.followers = followers;
    }

    /** Called once when the generation in use is found corrupted (the index service starts a rebuild). */
    void onCorruption(Consumer<String> listener) {
        this.onCorruption = listener;
    }

    /** Why the index in use is not trusted any more, if it is not. */
    Optional<String> corruption() {
        return Optional.ofNullable(corruption);
    }

    /**
     * Verifies the checksums of every file of the generation in use (the scheduled integrity check); a failure
     * marks it corrupted.
     *
     * @return false when it is corrupted
     */
    boolean checkIntegrity() {
        OutboxFollower follower = active;
        if (follower == null || corruption != null) {
            return corruption == null;
        }
        try {
            follower.generation().verifyChecksums();
            lastCleanCheck = System.nanoTime();
            return true;
        } catch (IOException | RuntimeException e) {
            if (active != follower || e instanceof AlreadyClosedException) {
                return true; // swapped or closed meanwhile: nothing to say about the new one
            }
            markCorrupt(follower, e);
            return false;
        }
    }

    /** After a failed search: is the generation damaged? (checked at most every 2 s while it is clean) */
    private boolean damaged(OutboxFollower follower) {
        if (System.nanoTime() - lastCleanCheck < 2_000_000_000L) {
            return false;
        }
        synchronized (integrityLock) {
            return !checkIntegrity() && active == follower;
        }
    }

    /**
     * Checks now, even right after a clean check, when the failure was thrown while Lucene decoded index files (an
     * IndexOutOfBoundsException from a doc values block overwritten in the middle, say): without this, searches in the
     * two seconds after a periodic check answered 500 instead of 503.
     */
    private boolean damagedNow(OutboxFollower follower) {
        synchronized (integrityLock) {
            return !checkIntegrity() && active == follower;
        }
    }

    /** True when a frame of Lucene's codecs or store (the code that decodes the files) is on the failure's stack. */
    static boolean readingFiles(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                String name = frame.getClassName();
                if (name.startsWith("org.apache.lucene.codecs.") || name.startsWith("org.apache.lucene.store.")
                        || name.startsWith("org.apache.lucene.util.packed.")) {
                    return true;
                }
            }
        }
        return false;
    }

    private void markCorrupt(OutboxFollower follower, Exception cause) {
        String reason;
        synchronized (this) {
            if (active != follower || corruption != null) {
                return;
            }
            reason = follower.generation().name() + ": " + cause.getClass().getSimpleName() + ": " + cause.getMessage();
            corruption = reason;
        }
        LOG.error("Index {} is corrupted ({}); searches answer 503 until the rebuild started now replaces it",
                follower.generation().name(), reason);
        onCorruption.accept(reason);
    }

    private IndexNotReadyException corrupted() {
        return new IndexNotReadyException(DAMAGED);
    }

    /**
     * Locks the index directory and opens the current generation, if there is a usable one.
     *
     * @return why a rebuild is needed, if it is
     */
    synchronized Optional<NeedsRebuild> open() {
        if (opened) {
            return Optional.empty();
        }
        requireNotClosed();
        store.open();
        opened = true;
        Optional<Generation> current;
        try {
            current = store.openCurrent();
        } catch (IndexStoreException e) {
            LOG.error("The index in {} cannot be opened; it will be rebuilt: {}", store.root(), e.getMessage(), e);
            return Optional.of(new NeedsRebuild("the index cannot be opened: " + e.getMessage()));
        }
        if (current.isEmpty()) {
            return Optional.of(new NeedsRebuild("there is no index in " + store.root()));
        }
        Generation generation = current.get();
        IndexPosition position;
        try {
            position = generation.committedPosition();
        } catch (RuntimeException e) {
            generation.close();
            LOG.error("The index {} has no readable outbox position; it will be rebuilt: {}", generation.directory(),
                    e.getMessage(), e);
            return Optional.of(new NeedsRebuild("the index has no outbox position: " + e.getMessage()));
        }
        try {
            generation.verifyChecksums();
        } catch (IOException | RuntimeException e) {
            generation.close();
            LOG.error("The index {} failed its checksum verification; it will be rebuilt: {}", generation.directory(),
                    e.toString());
            return Optional.of(new NeedsRebuild("an index file failed its checksum: " + e.getMessage()));
        }
        lastCleanCheck = System.nanoTime();
        active = followers.follow(generation, position);
        active.announceIndexedVacancies();
        LOG.info("Index {} opened: {} job seekers, {} vacancies, resuming the outbox after id {}", generation.name(),
                generation.seekers().searchableDocuments(), generation.vacancies().searchableDocuments(),
                position.watermark());
        if (!position.isCurrentFormat()) {
            return Optional.of(new NeedsRebuild("the index was written in format " + position.format()
                    + ", this version writes format " + IndexPosition.FORMAT));
        }
        if (!generation.seekers().sortedBySpace()) {
            // the follower stamps the current format on its next commit: the order itself is what tells
            return Optional.of(new NeedsRebuild("the job-seeker index is not sorted by place (written before format 6)"));
        }
        long newest = followers.newestId();
        if (position.watermark() > newest) {
            return Optional.of(new NeedsRebuild("its outbox position " + position.watermark()
                    + " is ahead of the newest outbox row " + newest + " (the database was replaced or restored)"));
        }
        long oldest = followers.oldestRetainedId();
        if (oldest > position.watermark() + 1) {
            return Optional.of(new NeedsRebuild("its outbox position " + position.watermark()
                    + " is older than the oldest retained outbox row " + oldest
                    + " (the node was stopped longer than tremplin.index.outbox-retention)"));
        }
        return Optional.empty();
    }

    boolean isOpen() {
        return opened && !closed;
    }

    GenerationStore store() {
        return store;
    }

    /** The follower of the generation in use, or null while there is none. */
    OutboxFollower active() {
        return active;
    }

    /**
     * Makes {@code rebuilt} the generation in use: holds the current follower (nothing more is applied
     * to the old generation), catches the new one up one last time and commits it, switches the pointer,
     * then closes and deletes the old generation.
     */
    void swapTo(OutboxFollower rebuilt) {
        OutboxFollower old;
        synchronized (this) {
            requireNotClosed();
            old = active;
            if (old != null) {
                old.hold();
            }
            try {
                rebuilt.tellChanges(); // the held follower no longer tells what this last catch-up applies
                rebuilt.catchUp();
                rebuilt.announceIndexedVacancies(); // from here on it is the live index
                rebuilt.commit();
                rebuilt.generation().refresh();
                store.makeCurrent(rebuilt.generation());
                active = rebuilt;
                if (corruption != null) {
                    LOG.info("Index {} replaces the corrupted one; searches are served again", rebuilt.generation().name());
                    corruption = null;
                }
                lastCleanCheck = System.nanoTime();
                if (old != null) {
                    old.retire();
                }
            } finally {
                if (old != null) {
                    old.release();
                }
            }
        }
        if (old != null) {
            dispose(old);
        }
    }

    /** Runs {@code work} with a searcher of the generation in use. */
    <T> T withSearcher(IndexKind kind, SearchFunction<T> work, Supplier<String> notReady) {
        while (true) {
            OutboxFollower follower = active;
            if (follower == null) {
                throw new IndexNotReadyException(notReady.get());
            }
            if (corruption != null) {
                throw corrupted();
            }
            LuceneIndex index = follower.generation().index(kind);
            IndexSearcher searcher;
            try {
                searcher = index.acquire();
            } catch (AlreadyClosedException e) {
                if (active != follower) {
                    continue; // swapped meanwhile: search the new generation
                }
                throw e;
            }
            try {
                return work.apply(searcher);
            } catch (IOException e) {
                if (active != follower) {
                    continue; // the old generation was closed by a swap
                }
                markCorrupt(follower, e); // any I/O failure while searching: do not trust it, rebuild
                throw corrupted();
            } catch (IndexNotReadyException e) {
                throw e;
            } catch (RuntimeException e) {
                // a damaged file read as data gives arbitrary exceptions: tell a bug from a corruption
                if (active == follower && (damaged(follower) || readingFiles(e) && damagedNow(follower))) {
                    throw corrupted();
                }
                throw e;
            } finally {
                index.release(searcher);
            }
        }
    }

    /** Commits what was applied and closes the generation and the directory lock. */
    void close() {
        OutboxFollower follower;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            follower = active;
            active = null;
        }
        try {
            if (follower != null) {
                follower.hold();
                try {
                    follower.commit();
                    LOG.info("Index {} committed at outbox position {} and closed", follower.generation().name(),
                            follower.watermark());
                } catch (RuntimeException e) {
                    LOG.error("Committing the index {} on shutdown failed; the next start re-applies the outbox from"
                            + " the last commit: {}", follower.generation().name(), e.toString(), e);
                } finally {
                    follower.release();
                    follower.close();
                }
            }
        } finally {
            if (opened) {
                store.close();
            }
        }
    }

    private void dispose(OutboxFollower old) {
        String name = old.generation().name();
        try {
            old.close();
        } catch (RuntimeException e) {
            LOG.warn("Closing the replaced index generation {} failed: {}", name, e.getMessage(), e);
        }
        store.deleteQuietly(name);
    }

    private void requireNotClosed() {
        if (closed) {
            throw new IllegalStateException("The index service is closed");
        }
    }
}
