package fr.tremplin.api.matching;

import fr.tremplin.core.index.VacancyIndexView;
import fr.tremplin.data.outbox.AggregateType;
import fr.tremplin.data.outbox.ChangedAggregates;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * The vacancies' views (vacancy row + employer kind) last read here, so that ranking a vacancy's candidates again
 * reads neither row. A view is <em>current</em> until a change of its vacancy or employer is told
 * ({@link ChangedAggregates}: for this node's writes when recorded and again after the commit, by the live index's
 * outbox follower for every node's), and for {@link #TRUSTED_FOR} at most (a safety net: a node building its first
 * index is told nothing). A view read while a change was told is not current (the reader may have read the row before
 * that change committed), and does not replace a current one.
 * <p>Views that are no longer current are still remembered ({@value #CAPACITY} at most, least recently used out) for
 * the rankings answered from the index alone while the database is away.
 */
@Singleton
public class RememberedVacancies implements ChangedAggregates {
    static final int CAPACITY = 2_000;
    static final Duration TRUSTED_FOR = Duration.ofSeconds(60);

    private record Remembered(VacancyIndexView view, long readAtNanos, boolean current) {
        Remembered notCurrent() {
            return new Remembered(view, readAtNanos, false);
        }
    }

    private final LongSupplier nanos;
    private final Map<String, Remembered> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Remembered> eldest) {
            return size() > CAPACITY;
        }
    };
    /** Counts the changes told; guarded by {@code entries}. */
    private long changes;

    @Inject
    public RememberedVacancies() {
        this(System::nanoTime);
    }

    RememberedVacancies(LongSupplier nanos) {
        this.nanos = nanos;
    }

    /** Taken before reading the rows, given back to {@link #remember}. */
    public long ticket() {
        synchronized (entries) {
            return changes;
        }
    }

    /**
     * The view read after this ticket was taken: current unless a change was told since. A view that is not current
     * does not replace a current one (read later, it is the newer).
     */
    public void remember(VacancyIndexView view, long ticket) {
        synchronized (entries) {
            boolean current = ticket == changes;
            Remembered known = entries.get(view.id());
            if (current || known == null || !known.current()) {
                entries.put(view.id(), new Remembered(view, nanos.getAsLong(), current));
            }
        }
    }

    /** The view, if no change of its vacancy or employer was told since it was read, and read recently enough. */
    @Nullable
    public VacancyIndexView current(String vacancyId) {
        synchronized (entries) {
            Remembered e = entries.get(vacancyId);
            boolean trusted = e != null && e.current() && nanos.getAsLong() - e.readAtNanos() < TRUSTED_FOR.toNanos();
            return trusted ? e.view() : null;
        }
    }

    /** The view last read, current or not (the database being away). */
    @Nullable
    public VacancyIndexView remembered(String vacancyId) {
        synchronized (entries) {
            Remembered e = entries.get(vacancyId);
            return e == null ? null : e.view();
        }
    }

    @Override
    public void changed(AggregateType type, Collection<String> aggregateIds) {
        if (type != AggregateType.VACANCY && type != AggregateType.EMPLOYER) {
            return;
        }
        synchronized (entries) {
            changes++;
            if (type == AggregateType.VACANCY) {
                for (String id : aggregateIds) {
                    Remembered e = entries.get(id);
                    if (e != null && e.current()) {
                        entries.put(id, e.notCurrent());
                    }
                }
            } else {
                Set<String> employers = Set.copyOf(aggregateIds);
                entries.replaceAll((id, e) -> e.current() && employers.contains(e.view().employerId()) ? e.notCurrent() : e);
            }
        }
    }
}
