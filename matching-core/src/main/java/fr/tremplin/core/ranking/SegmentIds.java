package fr.tremplin.core.ranking;

import fr.tremplin.core.index.IndexSchema;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The ids of one segment's documents as strings, kept by ord once read ({@link PerSegmentCore}): reading an id
 * decompresses a block of the id field's terms dictionary, 3.5 % of a candidates request's processor time for the 20
 * of a page (JFR, 2026-12-07), and the same people come back on page after page. At most {@value #MAX_KEPT} per
 * segment are kept (about 90 bytes each), further ones are read each time; the array of ords costs 4 bytes a document.
 * Writes race harmlessly: a slot holds null or the one string of its ord (strings are immutable); two searches that
 * read the same id at once both count it, so slightly fewer than {@value #MAX_KEPT} may be kept, never more.
 */
final class SegmentIds {

    static final int MAX_KEPT = 50_000;
    private static final PerSegmentCore<SegmentIds> BY_CORE = new PerSegmentCore<>();

    private final String[] byOrd;
    private final AtomicInteger kept = new AtomicInteger();

    private SegmentIds(int ords) {
        this.byOrd = new String[ords];
    }

    /** The kept ids of the segment of {@code reader}. */
    static SegmentIds of(LeafReader reader) throws IOException {
        return BY_CORE.get(reader, r -> new SegmentIds(DocValues.getSorted(r, IndexSchema.ID).getValueCount()));
    }

    /** The id of {@code ord}, read from {@code ids} (this segment's id doc values) the first time. */
    String get(SortedDocValues ids, int ord) throws IOException {
        String known = byOrd[ord];
        if (known != null) {
            return known;
        }
        String read = ids.lookupOrd(ord).utf8ToString();
        if (kept.get() < MAX_KEPT && kept.incrementAndGet() <= MAX_KEPT) {
            byOrd[ord] = read;
        }
        return read;
    }

    /** How many ids are kept (for tests). */
    int kept() {
        return kept.get();
    }
}
