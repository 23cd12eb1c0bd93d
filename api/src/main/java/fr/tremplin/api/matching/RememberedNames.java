package fr.tremplin.api.matching;

import fr.tremplin.core.index.ErasureKeys;
import fr.tremplin.data.outbox.AggregateType;
import fr.tremplin.data.outbox.ChangedAggregates;
import fr.tremplin.indexer.mapping.SeekerDisplays.SeekerDisplay;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * What a ranked page shows of its people (« Amina D. », the unit) as last read from the database here, so that the
 * next page showing them reads only the others. Told like {@link RememberedVacancies} ({@link ChangedAggregates}: this
 * node's writes when recorded and again after the commit, every node's when the live index applies them), an entry is
 * dropped when its person changes, and every entry when a person is erased (the erasure's event carries an
 * {@link ErasureKeys erasure key}, not the id: the entries cannot tell whose it is). A read that overlapped a told
 * change of any person is not kept (under a steady flow of changes to people, fewer names are kept). Nothing is kept
 * of a person the read did not find.
 * <p>An entry is used for {@link #TRUSTED_FOR} after its read at most (a change written behind the application's
 * back), and leaves memory then: the entries are kept in the order of their reads, the expired ones dropped from the
 * oldest at each use and by a sweep every {@value #SWEEP_EVERY} (so a name stays in memory 90 s at most after its
 * read, on an idle node too); {@value #CAPACITY} at most, the oldest read out first.
 */
@Singleton
public class RememberedNames implements ChangedAggregates {
    static final int CAPACITY = 20_000;
    static final Duration TRUSTED_FOR = Duration.ofSeconds(60);
    static final String SWEEP_EVERY = "30s";

    private record Remembered(SeekerDisplay display, long readAtNanos) {
    }

    private final LongSupplier nanos;
    /** In the order of their reads (a name read again moves to the end). */
    private final Map<String, Remembered> entries = new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Remembered> eldest) {
            return size() > CAPACITY;
        }
    };
    /** Counts the changes of people told; guarded by {@code entries}. */
    private long changes;

    @Inject
    public RememberedNames() {
        this(System::nanoTime);
    }

    RememberedNames(LongSupplier nanos) {
        this.nanos = nanos;
    }

    /** Taken before reading the rows, given back to {@link #remember}. */
    public long ticket() {
        synchronized (entries) {
            return changes;
        }
    }

    /** The displays of those of {@code ids} read recently and not changed since; the others are absent. */
    public Map<String, SeekerDisplay> known(Collection<String> ids) {
        Map<String, SeekerDisplay> found = new HashMap<>();
        long now = nanos.getAsLong();
        synchronized (entries) {
            dropExpired(now);
            for (String id : ids) {
                Remembered e = entries.get(id);
                if (e != null) {
                    found.put(id, e.display());
                }
            }
        }
        return found;
    }

    /** The displays read after this ticket was taken; kept only if no change of a person was told since. */
    public void remember(Map<String, SeekerDisplay> read, long ticket) {
        long now = nanos.getAsLong();
        synchronized (entries) {
            dropExpired(now);
            if (ticket != changes) {
                return;
            }
            read.forEach((id, display) -> {
                entries.remove(id); // to the end: the entries stay in the order of their reads
                entries.put(id, new Remembered(display, now));
            });
        }
    }

    /** Drops the expired entries, even when no page is asked for. */
    @Scheduled(fixedDelay = SWEEP_EVERY, initialDelay = SWEEP_EVERY)
    void sweep() {
        long now = nanos.getAsLong();
        synchronized (entries) {
            dropExpired(now);
        }
    }

    /** How many names are kept (for tests). */
    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    private void dropExpired(long now) {
        Iterator<Remembered> oldestFirst = entries.values().iterator();
        while (oldestFirst.hasNext() && now - oldestFirst.next().readAtNanos() >= TRUSTED_FOR.toNanos()) {
            oldestFirst.remove();
        }
    }

    @Override
    public void changed(AggregateType type, Collection<String> aggregateIds) {
        if (type != AggregateType.JOB_SEEKER) {
            return;
        }
        synchronized (entries) {
            changes++;
            for (String id : aggregateIds) {
                if (ErasureKeys.isKey(id)) {
                    entries.clear();
                    return;
                }
                entries.remove(id);
            }
        }
    }
}
