package fr.tremplin.indexer.verify;

import fr.tremplin.data.index.VersionScan;
import fr.tremplin.indexer.store.IndexKind;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares each index with its table: ids and row versions from the database, ids and versions from the
 * index's doc values.
 *
 * <p>Writes go on during a check, so a plain comparison would report changes still travelling through the
 * outbox. The check therefore reads the table, then has the index catch up with everything committed so
 * far, then reads the index; the few ids that still differ are read again from both sides (after another
 * catch-up) up to {@value #RECHECKS} times, and only those that differ every time are reported. A
 * difference that survives is real: a change the outbox did not carry (a write bypassing the services, a
 * gap given up too early) or a row that cannot be indexed.
 */
@Singleton
public class IndexVerifier {

    private static final Logger LOG = LoggerFactory.getLogger(IndexVerifier.class);
    static final int RECHECKS = 3;

    private final VersionScan versions;
    private final Clock clock;

    public IndexVerifier(VersionScan versions, Clock clock) {
        this.versions = versions;
        this.clock = clock;
    }

    /** Checks both indexes. */
    public VerifyReport verify(VerifiedIndex index) {
        return run(index).report();
    }

    /**
     * Checks both indexes; when they differ, re-indexes the differing ids from the database and checks
     * again. The report is the one of the second check, with the number of documents re-indexed.
     */
    public VerifyReport verifyAndRepair(VerifiedIndex index) {
        Outcome first = run(index);
        if (first.report().consistent()) {
            return first.report();
        }
        LOG.warn("{}; re-indexing the differing documents", first.report().summary());
        long repaired = index.reindex(first.seekers().differing(), first.vacancies().differing());
        return run(index).report().afterRepair(repaired);
    }

    private Outcome run(VerifiedIndex index) {
        Instant start = clock.instant();
        long t0 = System.nanoTime();
        Compared seekers = compare(IndexKind.SEEKERS, VersionScan.Table.JOB_SEEKER, index);
        Compared vacancies = compare(IndexKind.VACANCIES, VersionScan.Table.VACANCY, index);
        VerifyReport report = new VerifyReport(start, Duration.ofNanos(System.nanoTime() - t0), seekers.check(),
                vacancies.check(), 0);
        return new Outcome(report, seekers, vacancies);
    }

    private Compared compare(IndexKind kind, VersionScan.Table table, VerifiedIndex index) {
        Map<String, Long> database = versions.all(table);
        index.catchUp();
        IndexSnapshot indexed = index.withSearcher(kind, s -> new IndexSnapshot(IndexVersions.all(s),
                s.getIndexReader().numDocs()));
        Set<String> suspects = differing(database, indexed.versions(), null);
        Map<String, Long> databaseNow = database;
        Map<String, Long> indexNow = indexed.versions();
        for (int round = 0; round < RECHECKS && !suspects.isEmpty(); round++) {
            Set<String> ids = suspects;
            databaseNow = versions.of(table, ids);
            index.catchUp();
            indexNow = index.withSearcher(kind, s -> IndexVersions.of(s, ids));
            suspects = differing(databaseNow, indexNow, ids);
        }
        List<String> missing = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        List<StaleDocument> stale = new ArrayList<>();
        for (String id : suspects) {
            Long row = databaseNow.get(id);
            Long doc = indexNow.get(id);
            if (doc == null) {
                missing.add(id);
            } else if (row == null) {
                extra.add(id);
            } else {
                stale.add(new StaleDocument(id, row, doc));
            }
        }
        long duplicates = indexed.liveDocuments() - indexed.versions().size();
        IndexCheck check = new IndexCheck(kind, database.size(), indexed.liveDocuments(), missing.size(), extra.size(),
                stale.size(), duplicates, sample(missing), sample(extra), sample(stale));
        return new Compared(check, suspects);
    }

    /** Ids whose version differs between the two maps (or that one of them lacks), among {@code among}. */
    private static Set<String> differing(Map<String, Long> database, Map<String, Long> index, Set<String> among) {
        Set<String> ids = new HashSet<>();
        if (among == null) {
            database.forEach((id, version) -> {
                if (!version.equals(index.get(id))) {
                    ids.add(id);
                }
            });
            index.keySet().stream().filter(id -> !database.containsKey(id)).forEach(ids::add);
        } else {
            for (String id : among) {
                Long row = database.get(id);
                Long doc = index.get(id);
                if (row == null ? doc != null : !row.equals(doc)) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    private static <T> List<T> sample(List<T> all) {
        return List.copyOf(all.subList(0, Math.min(all.size(), IndexCheck.SAMPLE)));
    }

    private record IndexSnapshot(Map<String, Long> versions, int liveDocuments) {
    }

    private record Compared(IndexCheck check, Set<String> differing) {
    }

    private record Outcome(VerifyReport report, Compared seekers, Compared vacancies) {
    }
}
