package fr.tremplin.indexer;

import fr.tremplin.data.employer.EmployerService;
import fr.tremplin.data.index.VersionScan;
import fr.tremplin.data.seeker.JobSeekerService;
import fr.tremplin.data.vacancy.VacancyService;
import fr.tremplin.indexer.rebuild.ProgressListener;
import fr.tremplin.indexer.rebuild.RebuildAlreadyRunningException;
import fr.tremplin.indexer.rebuild.RebuildPhase;
import fr.tremplin.indexer.rebuild.RebuildProgress;
import fr.tremplin.indexer.rebuild.RebuildReport;
import fr.tremplin.indexer.store.IndexKind;
import fr.tremplin.indexer.testing.IndexTests;
import fr.tremplin.indexer.testing.RandomWriter;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import static fr.tremplin.indexer.testing.IndexComparison.assertIndexEqualsDatabase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A rebuild under concurrent writes and searches: nothing lost, searches never fail, old files removed. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RebuildTest implements TestPropertyProvider {

    private final Path dir = IndexTests.freshDir("rebuild");

    @Inject
    IndexService index;
    @Inject
    JobSeekerService seekers;
    @Inject
    VacancyService vacancies;
    @Inject
    EmployerService employers;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    VersionScan versions;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = IndexTests.properties(dir);
        p.put("tremplin.index.rebuild-batch-size", "100");
        return p;
    }

    @BeforeAll
    void readyWithSomeData() throws Exception {
        assertThat(index.awaitReady(Duration.ofSeconds(60))).as("index ready: %s", index.status()).isTrue();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<CompletableFuture<Void>> loads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            RandomWriter writer = new RandomWriter(seekers, vacancies, employers, transactions, 7 + i, 0);
            loads.add(CompletableFuture.runAsync(() -> writer.run(150), pool));
        }
        CompletableFuture.allOf(loads.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        pool.shutdown();
        index.syncNow();
    }

    @Test
    void rebuildUnderConcurrentWritesLosesNoneAndSearchesKeepWorking() throws Exception {
        String before = index.status().generation().orElseThrow();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong searches = new AtomicLong();
        List<Throwable> searchFailures = new CopyOnWriteArrayList<>();
        Thread searcher = Thread.ofPlatform().name("test-searcher").start(() -> {
            while (!stop.get()) {
                try {
                    index.withSearcher(IndexKind.SEEKERS, s -> s.count(new MatchAllDocsQuery()));
                    index.withSearcher(IndexKind.VACANCIES, s -> s.count(new MatchAllDocsQuery()));
                    searches.incrementAndGet();
                } catch (RuntimeException e) {
                    searchFailures.add(e);
                }
            }
        });
        List<RandomWriter> writers = new ArrayList<>();
        List<Thread> writerThreads = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            RandomWriter writer = new RandomWriter(seekers, vacancies, employers, transactions, 50 + i, 10);
            writers.add(writer);
            writerThreads.add(Thread.ofPlatform().name("test-writer-" + i).start(writer));
        }
        List<RebuildProgress> progress = new CopyOnWriteArrayList<>();

        RebuildReport report = index.rebuild(p -> {
            progress.add(p);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(15)); // a slower rebuild: more writes overlap it
        });

        writers.forEach(RandomWriter::stop);
        for (Thread t : writerThreads) {
            t.join(TimeUnit.SECONDS.toMillis(30));
        }
        stop.set(true);
        searcher.join(TimeUnit.SECONDS.toMillis(10));

        assertIndexEqualsDatabase(index, versions);
        assertThat(searchFailures).as("searches during the rebuild").isEmpty();
        assertThat(searches.get()).isPositive();
        assertThat(writers.stream().mapToInt(RandomWriter::writes).sum()).as("writes during the rebuild").isPositive();
        assertThat(report.replayed()).as("outbox rows replayed after the bulk load").isPositive();
        assertThat(index.status().generation()).isPresent().get().isNotEqualTo(before).isEqualTo(report.generation());
        assertThat(dir.resolve(before)).as("old generation deleted").doesNotExist();
        assertThat(progress.getFirst().phase()).isEqualTo(RebuildPhase.PREPARING);
        assertThat(progress.getLast().phase()).isEqualTo(RebuildPhase.DONE);
        assertThat(progress.stream().map(RebuildProgress::phase).distinct()).containsExactly(RebuildPhase.values());
        assertThat(progress.stream().mapToLong(RebuildProgress::done).toArray()).isSorted();
        assertThat(progress.getLast().done()).isEqualTo(report.documents());
    }

    @Test
    void searchesSeeTheRebuiltIndexWithoutAnyFurtherWrite() {
        index.rebuild(ProgressListener.NONE);
        long rows = versions.all(VersionScan.Table.JOB_SEEKER).size();
        int searchable = index.withSeekerSearcher(searcher -> searcher.getIndexReader().numDocs());
        assertThat(searchable).as("documents visible to searches right after the swap").isEqualTo((int) rows);
        assertThat(index.status().documents().get(IndexKind.SEEKERS)).isEqualTo((int) rows);
    }

    @Test
    void secondRebuildIsRefusedWhileOneRuns() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<RebuildReport> running = index.startRebuild(p -> {
            if (p.phase() == RebuildPhase.JOB_SEEKERS) {
                started.countDown();
                await(release);
            }
        });
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(index.status().rebuild()).isPresent();
        assertThat(index.status().ready()).as("searches keep the old index").isTrue();

        assertThatThrownBy(() -> index.rebuild(p -> { })).isInstanceOf(RebuildAlreadyRunningException.class);

        release.countDown();
        assertThat(running.get(60, TimeUnit.SECONDS).generation()).isEqualTo(index.status().generation().orElseThrow());
        assertThat(index.status().rebuild()).isEmpty();
        assertIndexEqualsDatabase(index, versions);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
