package fr.tremplin.indexer.rebuild;

import fr.tremplin.core.employer.EmployerKind;
import fr.tremplin.data.employer.Employer;
import fr.tremplin.data.index.EmployerSource;
import fr.tremplin.core.index.ParallelSearcher;
import fr.tremplin.data.index.ProposalDates;
import fr.tremplin.data.index.SeekerSource;
import fr.tremplin.data.index.VacancySource;
import fr.tremplin.data.seeker.JobSeeker;
import fr.tremplin.data.vacancy.Vacancy;
import fr.tremplin.indexer.config.IndexerConfiguration;
import fr.tremplin.indexer.mapping.IndexDocuments;
import fr.tremplin.indexer.mapping.RejectedRows;
import fr.tremplin.indexer.mapping.UnmappableRowException;
import fr.tremplin.indexer.outbox.OutboxFollower;
import fr.tremplin.indexer.outbox.OutboxFollowers;
import fr.tremplin.indexer.store.Generation;
import fr.tremplin.indexer.store.GenerationStore;
import fr.tremplin.indexer.store.IndexPosition;
import fr.tremplin.indexer.store.LuceneIndex;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import org.apache.lucene.document.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Builds both indexes from the database into a new generation, then hands it over:
 * <ol>
 *   <li>takes the outbox replay position ({@link OutboxFollowers#replayStart()}) <em>before</em> reading;</li>
 *   <li>bulk-loads every job seeker, then every vacancy, in keyset pages, into fresh indexes (adds, not
 *       upserts), and commits them with that position;</li>
 *   <li>replays the outbox from that position: whatever changed during the load is re-read;</li>
 *   <li>hands over ({@link Handover}): one last catch-up, the pointer switches, searches and tailing move
 *       to the new generation; searches running meanwhile finish on the old one.</li>
 * </ol>
 * A failure or a crash before the handover leaves the previous generation in use; the half-built one is
 * deleted (now, or on the next start after a crash).
 */
@Singleton
public class IndexRebuilder {

    private static final Logger LOG = LoggerFactory.getLogger(IndexRebuilder.class);

    private final SeekerSource seekers;
    private final VacancySource vacancies;
    private final EmployerSource employers;
    private final IndexDocuments documents;
    private final RejectedRows rejectedRows;
    private final OutboxFollowers followers;
    private final IndexerConfiguration configuration;
    private final Clock clock;
    private final ProposalDates proposals;

    public IndexRebuilder(SeekerSource seekers, VacancySource vacancies, EmployerSource employers,
                          IndexDocuments documents, RejectedRows rejectedRows, OutboxFollowers followers,
                          IndexerConfiguration configuration, Clock clock, ProposalDates proposals) {
        this.proposals = proposals;
        this.seekers = seekers;
        this.vacancies = vacancies;
        this.employers = employers;
        this.documents = documents;
        this.rejectedRows = rejectedRows;
        this.followers = followers;
        this.configuration = configuration;
        this.clock = clock;
    }

    public RebuildReport rebuild(GenerationStore store, ProgressListener listener, Handover handover) {
        Instant startedAt = clock.instant();
        Run run = new Run(listener, System.nanoTime());
        run.phase(RebuildPhase.PREPARING);
        IndexPosition replayFrom = followers.replayStart();
        run.total = seekers.count() + vacancies.count();
        Generation generation = store.createNext();
        LOG.info("Index rebuild into {}: {} documents to load, outbox replay from {}", generation.name(), run.total,
                replayFrom.watermark());
        try (ExecutorService reader = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("tremplin-index-rebuild-reader").daemon().factory())) {
            long seekerCount = loadSeekers(generation.seekers(), reader, run);
            long vacancyCount = loadVacancies(generation.vacancies(), reader, run);
            generation.seekers().mergeIfSmall(ParallelSearcher.MIN_DOCS_TO_SPLIT);
            generation.vacancies().mergeIfSmall(ParallelSearcher.MIN_DOCS_TO_SPLIT);
            generation.commit(replayFrom);
            generation.refresh(); // the searchers were opened on the empty index: show the bulk load

            run.phase(RebuildPhase.REPLAYING);
            OutboxFollower follower = followers.follow(generation, replayFrom);
            follower.catchUp();

            run.phase(RebuildPhase.SWAPPING);
            handover.swapTo(follower);
            RebuildReport report = new RebuildReport(generation.name(), startedAt, seekerCount, vacancyCount,
                    run.rejected, follower.eventsApplied(), replayFrom.watermark(),
                    run.elapsed());
            run.phase(RebuildPhase.DONE);
            LOG.info(report.summary());
            return report;
        } catch (RuntimeException e) {
            abandon(store, generation, e);
            throw new IllegalStateException("Index rebuild into " + generation.name() + " failed after "
                    + run.elapsed().toMillis() + " ms (" + run.phase + ", " + run.done + "/" + run.total
                    + " documents); the previous index stays in use: " + e.getMessage(), e);
        }
    }

    private long loadSeekers(LuceneIndex index, ExecutorService reader, Run run) {
        run.phase(RebuildPhase.JOB_SEEKERS);
        long[] loaded = {0};
        new BulkLoad<JobSeeker>((after, size) -> seekers.findByIdGreaterThanOrderByIdAsc(after, Pageable.from(0, size)),
                JobSeeker::id, configuration.rebuildBatchSize(), reader).forEachPage(page -> {
                    Map<String, Instant> lastProposals = proposals.lastProposalOf(
                            page.stream().map(JobSeeker::id).toList());
                    // mapping and indexing on every core (IndexWriter takes documents from several threads)
                    page.parallelStream().forEach(
                            row -> add(index, row.id(), () -> documents.seeker(row, lastProposals.get(row.id())), run));
                    loaded[0] += page.size();
                    run.advance(page.size());
                });
        return loaded[0];
    }

    private long loadVacancies(LuceneIndex index, ExecutorService reader, Run run) {
        run.phase(RebuildPhase.VACANCIES);
        Map<String, EmployerKind> kinds = new java.util.concurrent.ConcurrentHashMap<>(); // read by the mapping threads
        employers.findAll().forEach(e -> kinds.put(e.id(), e.kind()));
        Function<String, EmployerKind> kindOf = id -> kinds.computeIfAbsent(id, this::employerCreatedMeanwhile);
        long[] loaded = {0};
        new BulkLoad<Vacancy>((after, size) -> vacancies.findByIdGreaterThanOrderByIdAsc(after, Pageable.from(0, size)),
                Vacancy::id, configuration.rebuildBatchSize(), reader).forEachPage(page -> {
                    page.parallelStream().forEach(
                            row -> add(index, row.id(), () -> documents.vacancy(row, kindOf.apply(row.employerId())), run));
                    loaded[0] += page.size();
                    run.advance(page.size());
                });
        return loaded[0];
    }

    private EmployerKind employerCreatedMeanwhile(String id) {
        List<Employer> found = employers.findByIdIn(List.of(id));
        if (found.isEmpty()) {
            throw new IllegalStateException("A vacancy names employer " + id + ", which is not in the database");
        }
        return found.getFirst().kind();
    }

    private void add(LuceneIndex index, String id, Supplier<Document> document, Run run) {
        try {
            index.add(document.get());
        } catch (UnmappableRowException e) {
            synchronized (run) {
                rejectedRows.record(e);
                run.rejected++;
            }
        }
    }

    private static void abandon(GenerationStore store, Generation generation, RuntimeException cause) {
        try {
            generation.close();
            store.delete(generation.name());
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
            LOG.warn("Could not remove the abandoned index generation {} ({}); it is deleted on the next start",
                    generation.directory(), e.getMessage());
        }
    }

    /** Counters of one rebuild, reported to the listener. */
    private static final class Run {
        private final ProgressListener listener;
        private final long startNanos;
        private RebuildPhase phase = RebuildPhase.PREPARING;
        private long total;
        private long done;
        private long rejected;

        Run(ProgressListener listener, long startNanos) {
            this.listener = listener;
            this.startNanos = startNanos;
        }

        void phase(RebuildPhase next) {
            phase = next;
            report();
        }

        void advance(int documents) {
            done += documents;
            report();
        }

        Duration elapsed() {
            return Duration.ofNanos(System.nanoTime() - startNanos);
        }

        private void report() {
            listener.onProgress(new RebuildProgress(phase, done, total, elapsed()));
        }
    }
}
