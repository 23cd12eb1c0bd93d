package fr.tremplin.indexer.verify;

import fr.tremplin.indexer.store.IndexKind;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares each index with its table: for every id, the row version and the content hash of the document that the
 * mapping builds from the row now ({@link RowContents}) against the version and content hash stored in the index's
 * doc values ({@link fr.tremplin.core.index.ContentHash}). A document with the right version but other content (written
 * by something that bypassed the mapping, or damaged) is reported as altered.
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

    private final RowContents contents;
    private final Clock clock;

    public IndexVerifier(RowContents contents, Clock clock) {
        this.contents = contents;
        this.clock = clock;
    }

    /** Checks both indexes: versions and content of every document. */
    public VerifyReport verify(VerifiedIndex index) {
        return run(index, ContentSlice.ALL).report();
    }

    /**
     * Checks both indexes: versions of every document, content of the slice {@code slice} of {@code slices} (by
     * id hash), so that a periodic check stays cheap and still covers every document in {@code slices} runs.
     */
    public VerifyReport verifySlice(VerifiedIndex index, int slice, int slices, boolean repair) {
        ContentSlice part = new ContentSlice(slice, slices);
        return repair ? verifyAndRepair(index, part) : run(index, part).report();
    }

    /**
     * Checks both indexes; when they differ, re-indexes the differing ids from the database and checks
     * again. The report is the one of the second check, with the number of documents re-indexed.
     */
    public VerifyReport verifyAndRepair(VerifiedIndex index) {
        return verifyAndRepair(index, ContentSlice.ALL);
    }

    private VerifyReport verifyAndRepair(VerifiedIndex index, ContentSlice part) {
        Outcome first = run(index, part);
        if (first.report().consistent()) {
            return first.report();
        }
        LOG.warn("{}; re-indexing the differing documents", first.report().summary());
        long repaired = index.reindex(first.seekers().differing(), first.vacancies().differing());
        return run(index, part).report().afterRepair(repaired);
    }

    private Outcome run(VerifiedIndex index, ContentSlice part) {
        Instant start = clock.instant();
        long t0 = System.nanoTime();
        Rows rows = new Rows() {
            @Override
            public Map<String, DocState> all(IndexKind kind) {
                return part.everything() ? contents.all(kind) : contents.versionsAndSlice(kind, part::contains);
            }

            @Override
            public Map<String, DocState> of(IndexKind kind, java.util.Collection<String> ids) {
                return contents.of(kind, ids);
            }
        };
        Compared seekers = compare(IndexKind.SEEKERS, rows, index);
        Compared vacancies = compare(IndexKind.VACANCIES, rows, index);
        VerifyReport report = new VerifyReport(start, Duration.ofNanos(System.nanoTime() - t0), seekers.check(),
                vacancies.check(), 0);
        return new Outcome(report, seekers, vacancies);
    }

    private Compared compare(IndexKind kind, IndexVerifier.Rows rows, VerifiedIndex index) {
        Map<String, DocState> database = rows.all(kind);
        index.catchUp();
        IndexSnapshot indexed = index.withSearcher(kind, s -> new IndexSnapshot(IndexVersions.states(s),
                s.getIndexReader().numDocs()));
        // what the check saw: the first reads, with the ids read again replaced by their last reading
        Map<String, DocState> databaseSeen = new HashMap<>(database);
        Map<String, DocState> indexSeen = new HashMap<>(indexed.states());
        Set<String> suspects = differing(database, indexed.states(), null);
        for (int round = 0; round < RECHECKS && !suspects.isEmpty(); round++) {
            Set<String> ids = suspects;
            Map<String, DocState> databaseNow = rows.of(kind, ids);
            index.catchUp();
            Map<String, DocState> indexNow = index.withSearcher(kind, s -> IndexVersions.states(s, ids));
            overlay(databaseSeen, ids, databaseNow);
            overlay(indexSeen, ids, indexNow);
            suspects = differing(databaseNow, indexNow, ids);
        }
        List<String> missing = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        List<StaleDocument> stale = new ArrayList<>();
        List<String> altered = new ArrayList<>();
        for (String id : suspects) {
            DocState row = databaseSeen.get(id);
            DocState doc = indexSeen.get(id);
            if (doc == null) {
                missing.add(id);
            } else if (row == null) {
                extra.add(id);
            } else if (row.version() != doc.version()) {
                stale.add(new StaleDocument(id, row.version(), doc.version()));
            } else {
                altered.add(id);
            }
        }
        long duplicates = indexed.liveDocuments() - indexed.states().size();
        long compared = databaseSeen.values().stream().filter(d -> d.contentHash() != DocState.NOT_COMPARED).count();
        IndexCheck check = new IndexCheck(kind, databaseSeen.size(), indexSeen.size() + duplicates, compared,
                missing.size(), extra.size(), stale.size(), altered.size(), duplicates, sample(missing), sample(extra),
                sample(stale), sample(altered));
        return new Compared(check, suspects);
    }

    private static void overlay(Map<String, DocState> seen, Set<String> ids, Map<String, DocState> now) {
        for (String id : ids) {
            DocState state = now.get(id);
            if (state == null) {
                seen.remove(id);
            } else {
                seen.put(id, state);
            }
        }
    }

    /** Ids whose version or content differs between the two maps (or that one of them lacks), among {@code among}. */
    private static Set<String> differing(Map<String, DocState> database, Map<String, DocState> index,
                                         Set<String> among) {
        Set<String> ids = new HashSet<>();
        if (among == null) {
            database.forEach((id, state) -> {
                if (!state.matches(index.get(id))) {
                    ids.add(id);
                }
            });
            index.keySet().stream().filter(id -> !database.containsKey(id)).forEach(ids::add);
        } else {
            for (String id : among) {
                DocState row = database.get(id);
                if (row == null ? index.get(id) != null : !row.matches(index.get(id))) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    private static <T> List<T> sample(List<T> all) {
        return List.copyOf(all.subList(0, Math.min(all.size(), IndexCheck.SAMPLE)));
    }

    /** Which rows' content a check compares: those whose id hash falls in slice {@code slice} of {@code slices}. */
    private record ContentSlice(int slice, int slices) {
        static final ContentSlice ALL = new ContentSlice(0, 1);

        boolean everything() {
            return slices <= 1;
        }

        boolean contains(String id) {
            return Math.floorMod(id.hashCode(), slices) == Math.floorMod(slice, slices);
        }
    }

    private record IndexSnapshot(Map<String, DocState> states, int liveDocuments) {
    }

    /** The database side ({@link RowContents}); a seam for tests. */
    interface Rows {
        Map<String, DocState> all(IndexKind kind);

        Map<String, DocState> of(IndexKind kind, java.util.Collection<String> ids);
    }

    private record Compared(IndexCheck check, Set<String> differing) {
    }

    private record Outcome(VerifyReport report, Compared seekers, Compared vacancies) {
    }
}
