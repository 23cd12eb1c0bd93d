package fr.tremplin.indexer.outbox;

import fr.tremplin.data.index.OutboxFeed;
import fr.tremplin.data.outbox.AggregateType;
import fr.tremplin.data.outbox.ChangedAggregates;
import fr.tremplin.data.outbox.OutboxEvent;
import fr.tremplin.data.outbox.OutboxOperation;
import fr.tremplin.indexer.store.Generation;
import fr.tremplin.indexer.store.IndexPosition;
import io.micronaut.data.model.Pageable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Keeps one {@link Generation} in step with the outbox, from a position: reads the rows after the cursor
 * and the gaps it waits for, applies them (re-reading current state), refreshes the searchers; and, when
 * asked, commits the cursor's position with the documents.
 *
 * <p>{@link #catchUp()} is the one operation; the tailer thread calls it every poll interval, and callers
 * that need the index up to date ({@code IndexService.syncNow()}, the verifier, the rebuild before its swap)
 * call it too. A lock serialises them, so reading a row and writing its document never interleave with
 * another writer of the same index.
 *
 * <p>Freshness: a catch-up that starts at time T reads new rows and gaps with statements that start after
 * T, and it loops until a read returns less than a full batch. When it returns, every outbox row committed
 * before T is in the searchers: {@link #freshAsOf()} = T. (Except rows committed after their gap timeout,
 * which are picked up by the late-gap check, at most once a second.)
 */
public final class OutboxFollower {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxFollower.class);

    private static final Duration LATE_CHECK_INTERVAL = Duration.ofSeconds(1);

    private final Generation generation;
    private final OutboxCursor cursor;
    private final OutboxFeed feed;
    private final ChangeApplier applier;
    private final Clock clock;
    private final int batchSize;
    private final ReentrantLock lock = new ReentrantLock();
    /** Serialises commits, and closing with a commit. */
    private final ReentrantLock commitLock = new ReentrantLock();

    private final Instant followingSince;
    private volatile Instant freshAsOf;
    private volatile long watermark;
    private volatile long highestApplied;
    private volatile int pendingGaps;
    private volatile long eventsApplied;
    private Instant lastLateCheck = Instant.EPOCH;
    private volatile Instant lastCommit;
    private volatile IndexPosition committedPosition;
    private volatile boolean uncommittedChanges;
    private volatile boolean retired;
    private final List<IndexedVacancies> listeners;
    private final List<ChangedAggregates> changeListeners;
    /** Set once this follower serves the live index: only then are indexed vacancies announced. */
    private volatile boolean announcing;
    /** Set just before this follower's index goes live (its last catch-up included): changed aggregates are told. */
    private volatile boolean telling;

    OutboxFollower(Generation generation, OutboxCursor cursor, OutboxFeed feed, ChangeApplier applier, Clock clock,
                   int batchSize) {
        this(generation, cursor, feed, applier, clock, batchSize, List.of(), List.of());
    }

    OutboxFollower(Generation generation, OutboxCursor cursor, OutboxFeed feed, ChangeApplier applier, Clock clock,
                   int batchSize, List<IndexedVacancies> listeners, List<ChangedAggregates> changeListeners) {
        this.listeners = List.copyOf(listeners);
        this.changeListeners = List.copyOf(changeListeners);
        this.generation = generation;
        this.cursor = cursor;
        this.feed = feed;
        this.applier = applier;
        this.clock = clock;
        this.batchSize = batchSize;
        this.lastCommit = clock.instant();
        this.committedPosition = cursor.position();
        this.watermark = cursor.watermark();
        this.highestApplied = cursor.highest();
        this.followingSince = clock.instant();
    }

    public Generation generation() {
        return generation;
    }

    /**
     * From now on, tells the {@link IndexedVacancies} listeners which vacancies each applied batch indexed, and the
     * {@link ChangedAggregates} listeners which aggregates it changed (deletions and employers included). The live
     * index calls it when this follower starts serving searches (never for a rebuild's replay before its swap).
     */
    public void announceIndexedVacancies() {
        telling = true;
        announcing = true;
    }

    /**
     * From now on, tells the {@link ChangedAggregates} listeners which aggregates each applied batch changed; called by
     * a rebuild just before its last catch-up, whose changes the follower it replaces, held, no longer applies. (Telling
     * a change twice only makes a cache read its row once more.)
     */
    public void tellChanges() {
        telling = true;
    }

    /**
     * Applies everything the outbox holds after the cursor, and the gaps that appeared.
     *
     * @return what was done
     * @throws RetiredException when the generation was replaced by a rebuild (ask the service for the new one)
     */
    public CatchUp catchUp() {
        lock.lock();
        try {
            requireActive();
            Instant started = clock.instant();
            long applied = applyGaps(cursor.pendingGaps(), started);
            if (!cursor.lateGaps().isEmpty() && !started.isBefore(lastLateCheck.plus(LATE_CHECK_INTERVAL))) {
                applied += applyGaps(cursor.lateGaps(), started);
                lastLateCheck = started;
            }
            int read;
            do {
                List<OutboxEvent> batch = feed.findByIdGreaterThanOrderByIdAsc(cursor.highest(),
                        Pageable.from(0, batchSize));
                read = batch.size();
                applied += apply(batch, clock.instant());
            } while (read == batchSize);
            cursor.expire(clock.instant());
            freshAsOf = started;
            publish();
            return new CatchUp(applied, started, cursor.watermark());
        } finally {
            lock.unlock();
        }
    }

    /**
     * Commits when changes or a new position wait and {@code interval} passed since the last commit. Meant
     * for the committer thread: the fsync runs outside the follower's lock, so catching up goes on meanwhile
     * (a commit under load can take a few hundred milliseconds; searches must not wait for it).
     */
    public boolean commitIfDue(Duration interval) {
        return commit(interval);
    }

    /** Commits now if anything changed since the last commit. */
    public boolean commit() {
        return commit(Duration.ZERO);
    }

    /**
     * Re-indexes these ids from the database outside the outbox (repair after a consistency check).
     *
     * @return documents written or deleted
     */
    public int reindex(Collection<String> seekerIds, Collection<String> vacancyIds) {
        lock.lock();
        try {
            requireActive();
            int written = applier.seekers(generation, seekerIds) + applier.vacancies(generation, vacancyIds, List.of());
            if (written > 0) {
                uncommittedChanges = true;
                generation.refresh();
            }
            return written;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Shows its generation's merged segments to searches, between two batches (never half of one); throws
     * {@link RetiredException} once a rebuild replaced the generation.
     */
    public void refreshSearchers() {
        lock.lock();
        try {
            requireActive();
            generation.refresh();
        } finally {
            lock.unlock();
        }
    }

    /** Whether the outbox row {@code id} is applied (or was given up as rolled back). */
    public boolean covers(long id) {
        lock.lock();
        try {
            return cursor.covers(id);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Stops this follower for good (its generation is being replaced or closed): later calls throw
     * {@link RetiredException}. Waits for a catch-up in progress.
     */
    public void retire() {
        lock.lock();
        try {
            retired = true;
        } finally {
            lock.unlock();
        }
    }

    /** Retires this follower and closes its generation, after a commit in progress (uncommitted changes are lost). */
    public void close() {
        retire();
        commitLock.lock();
        try {
            generation.close();
        } finally {
            commitLock.unlock();
        }
    }

    /** Takes the lock for a handover: nothing is applied to this generation until {@code release}. */
    public void hold() {
        lock.lock();
    }

    public void release() {
        lock.unlock();
    }

    /** Start of the last completed catch-up: every outbox row committed before it is searchable. */
    public Optional<Instant> freshAsOf() {
        return Optional.ofNullable(freshAsOf);
    }

    /** How far behind the database searches may be: since the last catch-up started, or since this follower
     *  was created when none completed yet. */
    public Duration lag(Instant now) {
        Instant fresh = freshAsOf;
        Duration lag = Duration.between(fresh == null ? followingSince : fresh, now);
        return lag.isNegative() ? Duration.ZERO : lag;
    }

    public long watermark() {
        return watermark;
    }

    /** The highest outbox id applied. */
    public long highestApplied() {
        return highestApplied;
    }

    public int pendingGaps() {
        return pendingGaps;
    }

    public long eventsApplied() {
        return eventsApplied;
    }

    private long applyGaps(List<Long> gaps, Instant now) {
        long applied = 0;
        for (int from = 0; from < gaps.size(); from += batchSize) {
            List<OutboxEvent> found = feed.findByIdInOrderByIdAsc(gaps.subList(from, Math.min(gaps.size(),
                    from + batchSize)));
            applied += apply(found, now);
        }
        return applied;
    }

    private int apply(List<OutboxEvent> events, Instant now) {
        if (events.isEmpty()) {
            return 0;
        }
        applier.apply(generation, events);
        generation.refresh();
        events.forEach(e -> cursor.seen(e.id(), e.createdAt(), now));
        announce(events);
        uncommittedChanges = true;
        eventsApplied += events.size();
        return events.size();
    }

    private void announce(List<OutboxEvent> events) {
        if (telling) {
            announceChanges(events);
        }
        if (!announcing || listeners.isEmpty()) {
            return;
        }
        Set<String> vacancies = new LinkedHashSet<>();
        for (OutboxEvent e : events) {
            if (e.aggregateType() == AggregateType.VACANCY && e.operation() == OutboxOperation.UPSERT) {
                vacancies.add(e.aggregateId());
            }
        }
        if (vacancies.isEmpty()) {
            return;
        }
        for (IndexedVacancies listener : listeners) {
            try {
                listener.indexed(vacancies);
            } catch (RuntimeException e) { // never stops indexing; the class only: a message may name data
                LOG.warn("A listener of indexed vacancies failed ({}); indexing goes on", e.getClass().getName());
            }
        }
    }

    private void announceChanges(List<OutboxEvent> events) {
        if (changeListeners.isEmpty()) {
            return;
        }
        Map<AggregateType, Set<String>> changed = new EnumMap<>(AggregateType.class);
        for (OutboxEvent e : events) {
            changed.computeIfAbsent(e.aggregateType(), t -> new LinkedHashSet<>()).add(e.aggregateId());
        }
        for (ChangedAggregates listener : changeListeners) {
            changed.forEach((type, ids) -> {
                try {
                    listener.changed(type, ids);
                } catch (RuntimeException e) { // as for the vacancies' listeners: the class only, indexing goes on
                    LOG.warn("A listener of changed aggregates failed ({}); indexing goes on", e.getClass().getName());
                }
            });
        }
    }

    /**
     * Captures the position under the lock, then commits outside it: every document written before the
     * capture is in the commit (IndexWriter.commit flushes everything indexed before it starts); documents
     * written meanwhile may be too, which only means they are re-applied after a crash.
     */
    private boolean commit(Duration interval) {
        IndexPosition position;
        lock.lock();
        try {
            if (retired || (interval.isPositive() && !clock.instant().isAfter(lastCommit.plus(interval)))) {
                return false;
            }
            position = cursor.position();
            if (!uncommittedChanges && position.equals(committedPosition)) {
                return false;
            }
            uncommittedChanges = false;
        } finally {
            lock.unlock();
        }
        commitLock.lock();
        try {
            if (retired) {
                return false; // closed meanwhile
            }
            long t0 = System.nanoTime();
            generation.commit(position);
            LOG.debug("Index {} committed at outbox position {} in {} ms", generation.name(), position.watermark(),
                    (System.nanoTime() - t0) / 1_000_000);
            committedPosition = position;
            lastCommit = clock.instant();
            return true;
        } catch (RuntimeException e) {
            uncommittedChanges = true;
            throw e;
        } finally {
            commitLock.unlock();
        }
    }

    private void publish() {
        watermark = cursor.watermark();
        highestApplied = cursor.highest();
        pendingGaps = cursor.pendingCount();
    }

    private void requireActive() {
        if (retired) {
            throw new RetiredException(generation.name());
        }
    }

    /** The generation of this follower was replaced by a rebuild. */
    public static final class RetiredException extends RuntimeException {
        RetiredException(String generation) {
            super("Index generation " + generation + " was replaced by a rebuild");
        }
    }

    /**
     * @param applied   outbox rows applied by this catch-up
     * @param freshAsOf every row committed before this instant is searchable
     * @param watermark every outbox id up to this one is settled
     */
    public record CatchUp(long applied, Instant freshAsOf, long watermark) {
    }
}
