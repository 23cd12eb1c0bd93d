package fr.tremplin.core.ranking;

import fr.tremplin.core.eligibility.Eligibility;
import fr.tremplin.core.index.IndexSchema.Seeker;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@link Seeker#ELIGIBILITY} values of one segment, read and parsed once: a page of candidates explains the
 * eligibility of each person shown, and looking a value up in the file decompresses an LZ4 block each time
 * (measured: about 3 % of a candidates request's CPU at 28,000 people). The values are few (a rule and its French
 * reason, which names an age at most), so the whole dictionary is kept, an array index being the value's ord; a
 * segment with more than {@value #MAX_VALUES} values is read from the file as before.
 *
 * <p>One copy per segment core ({@link PerSegmentCore}), dropped with the segment.
 */
final class SegmentEligibilities {
    static final int MAX_VALUES = 50_000;

    /** The parsed values of one segment, or an empty array when there are too many to keep. */
    private static final PerSegmentCore<Eligibility[]> BY_CORE = new PerSegmentCore<>();

    private final Eligibility[] parsed;
    private final SortedSetDocValues file;

    private SegmentEligibilities(Eligibility[] parsed, SortedSetDocValues file) {
        this.parsed = parsed;
        this.file = file;
    }

    /**
     * The eligibility values of this segment; {@code values} (its doc values, just opened) answers the ords that
     * are not kept. Asked by one thread at a time, as the doc values it falls back to.
     */
    static SegmentEligibilities of(LeafReader reader, SortedSetDocValues values) throws IOException {
        if (reader.getCoreCacheHelper() == null) {
            return new SegmentEligibilities(new Eligibility[0], values);
        }
        return new SegmentEligibilities(BY_CORE.get(reader, SegmentEligibilities::load), values);
    }

    /** The eligibility of value {@code ord}; a value that cannot be parsed fails here, for the hit that holds it. */
    Eligibility get(long ord) throws IOException {
        if (ord < parsed.length && parsed[(int) ord] != null) {
            return parsed[(int) ord];
        }
        return Seeker.parseEligibility(file.lookupOrd(ord).utf8ToString());
    }

    /** Null for a value that cannot be parsed: only the hits that hold it fail, when they are explained. */
    private static Eligibility parsedOrNull(String value) {
        try {
            return Seeker.parseEligibility(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether this segment's values are kept on the heap (for tests). */
    static boolean isLoaded(LeafReader reader) {
        Eligibility[] kept = BY_CORE.peek(reader);
        return kept != null && kept.length > 0;
    }

    private static Eligibility[] load(LeafReader reader) throws IOException {
        SortedSetDocValues values = DocValues.getSortedSet(reader, Seeker.ELIGIBILITY); // its own iterator
        if (values.getValueCount() > MAX_VALUES) {
            return new Eligibility[0];
        }
        List<Eligibility> parsed = new ArrayList<>((int) values.getValueCount());
        TermsEnum e = values.termsEnum();
        for (BytesRef term = e.next(); term != null; term = e.next()) {
            parsed.add(parsedOrNull(term.utf8ToString()));
        }
        return parsed.toArray(Eligibility[]::new);
    }
}
