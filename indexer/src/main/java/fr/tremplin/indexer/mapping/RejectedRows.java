package fr.tremplin.indexer.mapping;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The most recent rows left out of the indexes ({@value #KEPT} at most), for the status and health. */
@Singleton
public class RejectedRows {

    private static final Logger LOG = LoggerFactory.getLogger(RejectedRows.class);
    static final int KEPT = 100;

    private final Clock clock;
    private final Deque<RejectedRow> recent = new ArrayDeque<>();
    private long total;

    public RejectedRows(Clock clock) {
        this.clock = clock;
    }

    /** Logs the row at ERROR and keeps it in the recent list. */
    public synchronized void record(UnmappableRowException e) {
        LOG.error("{} It is left out of the index until the row is fixed.", e.getMessage());
        recent.removeIf(r -> r.index() == e.index() && r.id().equals(e.id()));
        recent.addLast(new RejectedRow(e.index(), e.id(), e.getCause().getMessage(), clock.instant()));
        while (recent.size() > KEPT) {
            recent.removeFirst();
        }
        total++;
    }

    public synchronized List<RejectedRow> recent() {
        return List.copyOf(recent);
    }

    /** Rejections since the process started (a row rejected twice counts twice). */
    public synchronized long total() {
        return total;
    }
}
