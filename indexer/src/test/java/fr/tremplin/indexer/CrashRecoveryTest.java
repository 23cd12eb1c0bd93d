package fr.tremplin.indexer;

import fr.tremplin.data.employer.EmployerService;
import fr.tremplin.data.index.VersionScan;
import fr.tremplin.data.seeker.JobSeekerService;
import fr.tremplin.data.vacancy.VacancyService;
import fr.tremplin.indexer.rebuild.ProgressListener;
import fr.tremplin.indexer.testing.ChildIndexer;
import fr.tremplin.indexer.testing.IndexTests;
import fr.tremplin.indexer.testing.RandomWriter;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static fr.tremplin.indexer.testing.IndexComparison.assertIndexEqualsDatabase;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node killed with SIGKILL (index writer never closed) in the middle of tailing or of a rebuild: the
 * next start recovers a consistent index, with every write made before, during and after the crash.
 * The node runs in a child JVM; this JVM writes through the services and plays the restarted node.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrashRecoveryTest implements TestPropertyProvider {

    private static final Duration CHILD_TIMEOUT = Duration.ofSeconds(60);

    @Inject
    ApplicationContext context;
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
        Map<String, String> p = IndexTests.properties(IndexTests.freshDir("crash-unused"));
        p.put("tremplin.index.auto-start", "false");
        return p;
    }

    @BeforeAll
    void enoughRowsForARebuildOfSeveralPages() {
        new RandomWriter(seekers, vacancies, employers, transactions, 3, 0).run(300);
    }

    @Test
    void crashWhileTailingLosesNothing() throws Exception {
        Path dir = IndexTests.freshDir("crash-tailing");
        String generation;
        try (ChildIndexer child = ChildIndexer.start("tail", dir, Duration.ZERO)) {
            generation = child.await(line -> line.startsWith("READY"), CHILD_TIMEOUT).split(" ")[1];
            long start = applied(child.await(line -> line.startsWith("POSITION"), CHILD_TIMEOUT));
            try (Writers writers = new Writers(3)) {
                String seen = child.await(line -> line.startsWith("POSITION") && applied(line) > start + 100,
                        CHILD_TIMEOUT);
                child.kill();
                System.out.printf("Killed the tailing node at %s%n", seen);
                Thread.sleep(300); // writes go on while the node is down
            }
        }

        try (IndexService restarted = IndexTests.serviceOn(context, dir)) {
            restarted.start();
            IndexStatus status = restarted.status();
            System.out.printf("Restarted at outbox position %d (from the last commit)%n", status.watermark());
            assertThat(status.state()).isEqualTo(IndexState.READY);
            assertThat(status.generation()).as("the same index, no rebuild").contains(generation);
            assertIndexEqualsDatabase(restarted, versions);
            assertThat(restarted.status().lastRebuild()).isEmpty();
        }
    }

    @Test
    void crashDuringRebuildKeepsThePreviousIndex() throws Exception {
        Path dir = IndexTests.freshDir("crash-rebuild");
        String previous;
        try (IndexService first = IndexTests.serviceOn(context, dir)) {
            previous = first.rebuild(ProgressListener.NONE).generation();
        }
        try (ChildIndexer child = ChildIndexer.start("rebuild", dir, Duration.ofMillis(300));
             Writers writers = new Writers(2)) {
            child.await(line -> line.startsWith("PROGRESS JOB_SEEKERS") && !line.endsWith(" 0"), CHILD_TIMEOUT);
            child.kill();
        }
        assertThat(Files.readString(dir.resolve("CURRENT")).strip()).isEqualTo(previous);
        assertThat(generations(dir)).as("a half-built generation is left").hasSize(2);

        try (IndexService restarted = IndexTests.serviceOn(context, dir)) {
            restarted.start();
            assertThat(restarted.status().generation()).contains(previous);
            assertThat(generations(dir)).as("the half-built generation is deleted").containsExactly(previous);
            assertIndexEqualsDatabase(restarted, versions);
            assertThat(restarted.status().lastRebuild()).isEmpty();
        }
    }

    @Test
    void crashDuringTheFirstBuildRebuildsOnRestart() throws Exception {
        Path dir = IndexTests.freshDir("crash-first-build");
        try (ChildIndexer child = ChildIndexer.start("rebuild", dir, Duration.ofMillis(300))) {
            child.await(line -> line.startsWith("PROGRESS JOB_SEEKERS") && !line.endsWith(" 0"), CHILD_TIMEOUT);
            child.kill();
        }
        assertThat(dir.resolve("CURRENT")).doesNotExist();
        List<String> halfBuilt = generations(dir);
        assertThat(halfBuilt).hasSize(1);

        try (IndexService restarted = IndexTests.serviceOn(context, dir)) {
            restarted.start();
            assertThat(restarted.awaitReady(Duration.ofSeconds(60))).as("%s", restarted.status()).isTrue();
            String rebuilt = restarted.status().generation().orElseThrow();
            assertThat(Files.readString(dir.resolve("CURRENT")).strip()).isEqualTo(rebuilt);
            assertThat(generations(dir)).containsExactly(rebuilt);
            // the index is READY at the swap, inside the rebuild; its report is kept just after: wait for it (bounded)
            long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (restarted.status().lastRebuild().isEmpty() && System.nanoTime() < until) {
                Thread.sleep(50);
            }
            assertThat(restarted.status().lastRebuild()).isPresent();
            assertIndexEqualsDatabase(restarted, versions);
        }
    }

    /** The highest outbox id applied, from a "POSITION watermark highest" line. */
    private static long applied(String line) {
        return Long.parseLong(line.split(" ")[2]);
    }

    private static List<String> generations(Path dir) throws Exception {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("gen-")).sorted().toList();
        }
    }

    /** Random writers running in the background until closed. */
    private final class Writers implements AutoCloseable {
        private final List<RandomWriter> writers = new ArrayList<>();
        private final List<Thread> threads = new ArrayList<>();

        Writers(int count) {
            for (int i = 0; i < count; i++) {
                RandomWriter writer = new RandomWriter(seekers, vacancies, employers, transactions,
                        System.nanoTime() + i, 5);
                writers.add(writer);
                threads.add(Thread.ofPlatform().name("crash-writer-" + i).start(writer));
            }
        }

        @Override
        public void close() throws InterruptedException {
            writers.forEach(RandomWriter::stop);
            for (Thread t : threads) {
                t.join(TimeUnit.SECONDS.toMillis(30));
            }
            assertThat(writers.stream().mapToInt(RandomWriter::writes).sum()).isPositive();
        }
    }
}
