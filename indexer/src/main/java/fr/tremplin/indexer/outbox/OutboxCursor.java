package fr.tremplin.indexer.outbox;

import fr.tremplin.indexer.store.IndexPosition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which outbox ids an index has applied, with the gaps that concurrent writers leave.
 *
 * <p>Ids come from AUTO_INCREMENT: allocated when a transaction inserts its row, visible only when it
 * commits. A transaction that commits after a later one leaves a gap that fills later; a rolled-back one
 * leaves a gap that never fills. So the cursor keeps:
 * <ul>
 *   <li>{@link #highest()}: the highest id seen. New rows are read after it;</li>
 *   <li>pending gaps: ids below {@code highest} not seen yet, each with the time it was allocated at the
 *       latest (the creation time of the next row, or when the gap was noticed if earlier). They are looked
 *       up by id at every poll; when one appears it is applied (late, but not skipped);</li>
 *   <li>the {@link #watermark()}: every id up to it is settled (seen, or given up). It is what the Lucene
 *       commit stores, so a restart re-reads every id after it, including the pending gaps;</li>
 *   <li>late gaps: a pending gap older than the gap timeout is taken as rolled back and the watermark moves
 *       past it, but it is still looked up (less often) during the late window, in case a very long
 *       transaction commits it after all.</li>
 * </ul>
 * Not thread-safe: the {@link OutboxFollower} owning it serialises access.
 */
final class OutboxCursor {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxCursor.class);

    /**
     * A jump of more ids than this between two rows is not enumerated as gaps (an AUTO_INCREMENT raised by
     * hand, or reserved blocks): the ids in between are not waited for.
     */
    static final int MAX_GAP_RUN = 10_000;

    private final Duration gapTimeout;
    private final Duration lateWindow;
    private long highest;
    /** Pending gap id → when it was allocated at the latest. */
    private final TreeMap<Long, Instant> pending = new TreeMap<>();
    /** Late gap id → when to stop looking for it. */
    private final TreeMap<Long, Instant> late = new TreeMap<>();
    private long gapsGivenUp;
    private long lateArrivals;

    OutboxCursor(IndexPosition start, Duration gapTimeout, Duration lateWindow, Instant now) {
        this.gapTimeout = gapTimeout;
        this.lateWindow = lateWindow;
        this.highest = start.watermark();
        for (Long id : start.lateGaps()) {
            if (!lateWindow.isZero()) {
                late.put(id, now.plus(lateWindow));
            }
        }
    }

    /** New rows are those after this id. */
    long highest() {
        return highest;
    }

    /** Every id up to this one is applied or given up. */
    long watermark() {
        return pending.isEmpty() ? highest : pending.firstKey() - 1;
    }

    /** What a commit stores. */
    IndexPosition position() {
        return IndexPosition.at(watermark(), List.copyOf(late.keySet()));
    }

    List<Long> pendingGaps() {
        return List.copyOf(pending.keySet());
    }

    List<Long> lateGaps() {
        return List.copyOf(late.keySet());
    }

    /**
     * Records an applied row.
     *
     * @param createdAt when the row was written: the ids missing below it were allocated before, so their
     *                  gap timeout runs from then at the latest (a restart does not wait again for a
     *                  transaction rolled back long ago)
     */
    void seen(long id, Instant createdAt, Instant now) {
        if (id > highest) {
            long missing = id - highest - 1;
            if (missing > MAX_GAP_RUN) {
                LOG.warn("Outbox id jumped from {} to {}: the {} ids in between are not waited for", highest, id,
                        missing);
            } else {
                Instant noticed = createdAt.isBefore(now) ? createdAt : now;
                for (long gap = highest + 1; gap < id; gap++) {
                    pending.put(gap, noticed);
                }
            }
            highest = id;
        } else if (pending.remove(id) == null && late.remove(id) != null) {
            lateArrivals++;
            LOG.warn("Outbox row {} was committed after its gap timeout ({}); applied late", id, gapTimeout);
        }
    }

    /** Gives up the pending gaps older than the timeout, and stops looking for late gaps past their window. */
    void expire(Instant now) {
        Instant noticedBefore = now.minus(gapTimeout);
        List<Long> givenUp = new ArrayList<>();
        for (Iterator<Map.Entry<Long, Instant>> it = pending.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Long, Instant> gap = it.next();
            if (!gap.getValue().isAfter(noticedBefore)) {
                it.remove();
                givenUp.add(gap.getKey());
                if (!lateWindow.isZero()) {
                    late.put(gap.getKey(), now.plus(lateWindow));
                }
            }
        }
        if (!givenUp.isEmpty()) {
            gapsGivenUp += givenUp.size();
            LOG.debug("Outbox ids {} missing for {}: taken as rolled back", givenUp, gapTimeout);
        }
        late.values().removeIf(deadline -> !deadline.isAfter(now));
        while (late.size() > IndexPosition.MAX_LATE_GAPS) {
            late.pollFirstEntry();
        }
    }

    /** Whether {@code id} is applied, or given up. */
    boolean covers(long id) {
        return id <= highest && !pending.containsKey(id);
    }

    int pendingCount() {
        return pending.size();
    }

    long gapsGivenUp() {
        return gapsGivenUp;
    }

    long lateArrivals() {
        return lateArrivals;
    }
}
