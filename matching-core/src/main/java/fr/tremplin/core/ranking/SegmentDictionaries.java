package fr.tremplin.core.ranking;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sorted dictionaries of small sorted-set doc-values fields (occupation and skill codes) of one segment, copied
 * once onto the heap: each ranking looks up tens of codes per segment (the vacancy's occupations and their relatives,
 * its skills), and a lookup in the file's dictionary decompresses an LZ4 block each time (measured: a few per cent of a
 * candidates request's CPU at 28,000 people). An array index is the term's ord.
 *
 * <p>One copy per segment core and field ({@link PerSegmentCore}, as {@link SeekerColumns}); a field with more than
 * {@value #MAX_TERMS} terms is looked up in the file as before.
 */
final class SegmentDictionaries {
    static final int MAX_TERMS = 50_000;

    private static final PerSegmentCore<Map<String, BytesRef[]>> BY_CORE = new PerSegmentCore<>();

    private SegmentDictionaries() {
    }

    /** A lookup into {@code field}'s dictionary in this segment ({@code values}: its doc values, just opened). */
    static TermLookup lookup(LeafReader reader, String field, SortedSetDocValues values) throws IOException {
        if (reader.getCoreCacheHelper() == null || values.getValueCount() > MAX_TERMS) {
            return TermLookup.of(values);
        }
        Map<String, BytesRef[]> fields = BY_CORE.get(reader, r -> new ConcurrentHashMap<>());
        BytesRef[] terms = fields.get(field);
        if (terms == null) {
            terms = load(DocValues.getSortedSet(reader, field)); // its own iterator: the caller's stays where it is
            BytesRef[] first = fields.putIfAbsent(field, terms);
            terms = first == null ? terms : first;
        }
        BytesRef[] sorted = terms;
        return term -> Arrays.binarySearch(sorted, term);
    }

    /** Whether this segment's dictionary of {@code field} is on the heap (for tests). */
    static boolean isLoaded(LeafReader reader, String field) {
        Map<String, BytesRef[]> fields = BY_CORE.peek(reader);
        return fields != null && fields.containsKey(field);
    }

    private static BytesRef[] load(SortedSetDocValues values) throws IOException {
        List<BytesRef> terms = new ArrayList<>((int) values.getValueCount());
        TermsEnum e = values.termsEnum();
        for (BytesRef term = e.next(); term != null; term = e.next()) {
            terms.add(BytesRef.deepCopyOf(term));
        }
        return terms.toArray(BytesRef[]::new);
    }
}
