package fr.tremplin.bench.freshness;

import fr.tremplin.data.seeker.JobSeeker;
import fr.tremplin.data.seeker.JobSeekerService;
import fr.tremplin.indexer.IndexService;
import fr.tremplin.indexer.store.IndexKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * Measures how long a write takes to become searchable: writes job seekers one by one through
 * {@link JobSeekerService} (each in its own transaction, like the API), then polls the live searcher until
 * the document with that version is visible. Nothing is forced: the tailer finds the row at its own pace,
 * so the figure is what an adviser sees. Writes are spaced by a random pause (0 to 2 poll intervals) so
 * they do not fall in step with the polling.
 *
 * <p>Half of the writes are creations, half updates of a person just created. The probe seekers are
 * erased at the end (and their erasure awaited) unless asked otherwise.
 */
public final class FreshnessProbe {

    private static final Logger LOG = LoggerFactory.getLogger(FreshnessProbe.class);
    private static final Duration VISIBILITY_TIMEOUT = Duration.ofSeconds(30);
    private static final long SPIN_NANOS = TimeUnit.MICROSECONDS.toNanos(200);

    private final JobSeekerService seekers;
    private final IndexService index;
    private final Duration pollInterval;

    public FreshnessProbe(JobSeekerService seekers, IndexService index, Duration pollInterval) {
        this.seekers = seekers;
        this.index = index;
        this.pollInterval = pollInterval;
    }

    /**
     * @param writes how many writes to measure (at least 2)
     * @param drafts the {@code i}-th seeker to create, e.g. {@link ProbeSeekers#draft}
     * @param erase  erase the seekers created, and wait until they left the index
     */
    public FreshnessReport run(int writes, IntFunction<JobSeeker> drafts, boolean erase) {
        if (writes < 2) {
            throw new IllegalArgumentException("The probe needs at least 2 writes, got " + writes);
        }
        SplittableRandom random = new SplittableRandom(44);
        long[] latencies = new long[writes];
        List<String> created = new ArrayList<>();
        JobSeeker last = null;
        for (int i = 0; i < writes; i++) {
            pause(random);
            JobSeeker written;
            if (i % 2 == 0) {
                written = seekers.create(drafts.apply(i));
                created.add(written.id());
            } else {
                written = seekers.update(last.id(), last.version(), last.withStatus(last.status()));
            }
            long committed = System.nanoTime();
            awaitVersion(written.id(), written.version(), committed);
            latencies[i] = System.nanoTime() - committed;
            last = written;
        }
        FreshnessReport report = FreshnessReport.of(latencies);
        LOG.info("{}", report.summary());
        if (erase) {
            created.forEach(seekers::delete);
            for (String id : created) {
                awaitGone(id);
            }
        }
        return report;
    }

    private void awaitVersion(String id, long version, long since) {
        while (true) {
            OptionalLong indexed = index.indexedVersion(IndexKind.SEEKERS, id);
            if (indexed.isPresent() && indexed.getAsLong() >= version) {
                return;
            }
            if (System.nanoTime() - since > VISIBILITY_TIMEOUT.toNanos()) {
                throw new IllegalStateException("Job seeker " + id + " version " + version + " was not searchable "
                        + VISIBILITY_TIMEOUT.toSeconds() + " s after its commit (index status: " + index.status() + ")");
            }
            LockSupport.parkNanos(SPIN_NANOS);
        }
    }

    private void awaitGone(String id) {
        long since = System.nanoTime();
        while (index.indexedVersion(IndexKind.SEEKERS, id).isPresent()) {
            if (System.nanoTime() - since > VISIBILITY_TIMEOUT.toNanos()) {
                throw new IllegalStateException("Erased job seeker " + id + " is still in the index "
                        + VISIBILITY_TIMEOUT.toSeconds() + " s after its erasure");
            }
            LockSupport.parkNanos(SPIN_NANOS);
        }
    }

    private void pause(SplittableRandom random) {
        LockSupport.parkNanos(random.nextLong(2 * pollInterval.toNanos() + 1));
    }
}
