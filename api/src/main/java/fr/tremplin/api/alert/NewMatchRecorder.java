package fr.tremplin.api.alert;

import fr.tremplin.api.matching.MatchDtos.CandidateItem;
import fr.tremplin.api.matching.MatchingService;
import fr.tremplin.core.vacancy.VacancyStatus;
import fr.tremplin.data.alert.AlertSettings;
import fr.tremplin.data.alert.NewMatches;
import fr.tremplin.data.index.VacancySource;
import fr.tremplin.data.vacancy.Vacancy;
import fr.tremplin.indexer.outbox.IndexedVacancies;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * NEW_MATCH alerts, computed when a vacancy is indexed (not by polling): the live index tells this listener which
 * vacancies it applied from the outbox ({@link IndexedVacancies}; never during a rebuild); for each vacancy that is
 * open and new ({@link AlertSettings#newMatchMaxAgeDays()}), the first {@link AlertSettings#newMatchTop()} candidates
 * of its ranking are saved ({@link NewMatches}, idempotent: every node may do the same).
 *
 * <p>The indexing thread only queues the ids: one background thread ranks them, from a queue of
 * {@value #QUEUE} vacancies at most (more are dropped and counted: a burst of imported vacancies must not hold the
 * index back). Failures are logged by class only, without ids or names, and swallowed.
 */
@Singleton
public class NewMatchRecorder implements IndexedVacancies {
    static final int QUEUE = 1_000;
    private static final Logger LOG = LoggerFactory.getLogger(NewMatchRecorder.class);

    /** A provider: the ranking needs the index, whose followers need this listener. */
    private final Provider<MatchingService> matching;
    private final VacancySource vacancies;
    private final NewMatches matches;
    private final AlertSettings settings;
    private final Clock clock;
    private final ThreadPoolExecutor worker;
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong saved = new AtomicLong();

    public NewMatchRecorder(Provider<MatchingService> matching, VacancySource vacancies, NewMatches matches,
                            AlertSettings settings, Clock clock) {
        this.matching = matching;
        this.vacancies = vacancies;
        this.matches = matches;
        this.settings = settings;
        this.clock = clock;
        this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE), r -> {
            Thread t = new Thread(r, "tremplin-new-matches");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void indexed(Collection<String> vacancyIds) {
        for (String id : vacancyIds) {
            try {
                worker.execute(() -> record(id));
            } catch (RejectedExecutionException e) {
                if (dropped.incrementAndGet() % 100 == 1) {
                    LOG.warn("New-match alerts: queue full, {} indexed vacancies skipped so far", dropped.get());
                }
            }
        }
    }

    /** Pairs (vacancy, person) saved since the start, for tests and supervision. */
    public long saved() {
        return saved.get();
    }

    void record(String vacancyId) {
        try {
            List<Vacancy> rows = vacancies.findByIdIn(List.of(vacancyId));
            if (rows.isEmpty() || !isNew(rows.getFirst())) {
                return;
            }
            List<String> top = matching.get().candidates(vacancyId, false, null, 0, settings.newMatchTop()).items().stream()
                    .map(CandidateItem::jobSeekerId).toList();
            saved.addAndGet(matches.save(vacancyId, top));
        } catch (RuntimeException e) { // the class only: a message may carry data
            LOG.warn("New-match alerts: a vacancy could not be ranked ({}); skipped", e.getClass().getName());
        }
    }

    private boolean isNew(Vacancy v) {
        Instant created = v.createdAt();
        return v.status() == VacancyStatus.OPEN && created != null
                && created.isAfter(clock.instant().minus(Duration.ofDays(settings.newMatchMaxAgeDays())));
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
