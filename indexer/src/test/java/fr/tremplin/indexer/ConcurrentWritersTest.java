package fr.tremplin.indexer;

import fr.tremplin.data.employer.EmployerService;
import fr.tremplin.data.index.OutboxFeed;
import fr.tremplin.data.index.VersionScan;
import fr.tremplin.data.seeker.JobSeeker;
import fr.tremplin.data.seeker.JobSeekerService;
import fr.tremplin.data.vacancy.VacancyService;
import fr.tremplin.indexer.store.IndexKind;
import fr.tremplin.indexer.testing.IndexTests;
import fr.tremplin.data.testing.MutableClock;
import fr.tremplin.data.outbox.OutboxEvent;
import io.micronaut.data.model.Pageable;
import fr.tremplin.indexer.testing.RandomWriter;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static fr.tremplin.indexer.testing.IndexComparison.assertIndexEqualsDatabase;
import static fr.tremplin.data.testing.JobSeekerFixture.aJobSeeker;
import static org.assertj.core.api.Assertions.assertThat;

/** Transactions that commit out of id order, or roll back, neither lose nor block changes. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentWritersTest implements TestPropertyProvider {

    /**
     * Far longer than any test here takes, even on a loaded machine: a gap only times out when the test moves the
     * application clock past it ({@link MutableClock}), never because the machine was slow.
     */
    private static final Duration GAP_TIMEOUT = Duration.ofMinutes(10);

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
    OutboxFeed outbox;
    @Inject
    VersionScan versions;
    @Inject
    MutableClock clock;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = IndexTests.properties(IndexTests.freshDir("concurrent"));
        p.put("tremplin.index.gap-timeout", GAP_TIMEOUT.toMillis() + "ms");
        p.put("tremplin.test.mutable-clock", "true");
        return p;
    }

    @BeforeAll
    void ready() {
        assertThat(index.awaitReady(Duration.ofSeconds(60))).as("index ready: %s", index.status()).isTrue();
    }

    @Test
    void rowCommittedAfterLaterIdsIsNotSkipped() throws Exception {
        long before = outbox.maxId();
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<JobSeeker> slow = CompletableFuture.supplyAsync(() -> transactions.executeWrite(status -> {
            JobSeeker s = seekers.create(aJobSeeker().named("Lente", "Transaction").build());
            written.countDown();
            await(commit);
            return s;
        }));
        assertThat(written.await(10, TimeUnit.SECONDS)).isTrue();
        JobSeeker fast1 = seekers.create(aJobSeeker().build());
        JobSeeker fast2 = seekers.create(aJobSeeker().build());
        long fastId = outbox.maxId();

        index.syncNow();
        assertThat(index.indexedVersion(IndexKind.SEEKERS, fast1.id())).isPresent();
        assertThat(index.indexedVersion(IndexKind.SEEKERS, fast2.id())).isPresent();
        IndexStatus waiting = index.status();
        assertThat(waiting.pendingGaps()).as("the open transaction's id is waited for").isGreaterThanOrEqualTo(1);
        assertThat(waiting.watermark()).as("stored position stays below the gap").isLessThan(fastId);

        commit.countDown();
        JobSeeker late = slow.get(10, TimeUnit.SECONDS);
        index.syncNow();

        List<OutboxEvent> rows = outbox.findByIdGreaterThanOrderByIdAsc(before, Pageable.from(0, 100));
        assertThat(outboxId(rows, late.id())).as("the slow row's id was allocated before the fast rows' ids")
                .isLessThan(outboxId(rows, fast1.id()));

        assertThat(index.indexedVersion(IndexKind.SEEKERS, late.id())).hasValue(late.version());
        assertThat(index.status().pendingGaps()).isZero();
        assertThat(index.status().watermark()).isGreaterThanOrEqualTo(fastId);
    }

    @Test
    void rolledBackTransactionHoldsThePositionOnlyUntilTheGapTimeout() {
        transactions.executeWrite(status -> {
            seekers.create(aJobSeeker().named("Annulée", "Transaction").build());
            status.setRollbackOnly();
            return null;
        });
        JobSeeker after = seekers.create(aJobSeeker().build());
        long afterId = outbox.maxId();
        index.syncNow();
        assertThat(index.indexedVersion(IndexKind.SEEKERS, after.id())).as("later rows are not blocked").isPresent();
        assertThat(index.status().watermark()).isLessThan(afterId);

        index.syncNow();
        assertThat(index.status().watermark()).as("held while the gap is younger than its timeout").isLessThan(afterId);

        clock.advance(GAP_TIMEOUT.plusSeconds(1));
        index.syncNow();
        assertThat(index.status().watermark()).as("rolled-back id given up after the gap timeout").isEqualTo(afterId);
    }

    @Test
    void concurrentWritersEndWithIndexEqualToDatabase() throws Exception {
        int threads = 6;
        List<RandomWriter> writers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<CompletableFuture<Void>> running = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            RandomWriter writer = new RandomWriter(seekers, vacancies, employers, transactions, 100 + i, 15);
            writers.add(writer);
            running.add(CompletableFuture.runAsync(() -> writer.run(60), pool));
        }
        CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        pool.shutdown();

        assertIndexEqualsDatabase(index, versions);
        assertThat(index.verify().consistent()).isTrue();
        assertThat(writers.stream().mapToInt(RandomWriter::writes).sum()).isEqualTo(threads * 60);
    }

    private static long outboxId(List<OutboxEvent> rows, String aggregateId) {
        return rows.stream().filter(r -> r.aggregateId().equals(aggregateId)).mapToLong(OutboxEvent::id).min()
                .orElseThrow(() -> new AssertionError("no outbox row for " + aggregateId));
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The test never released the open transaction");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
