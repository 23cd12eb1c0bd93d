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
 * candidates request's CPU at 28,000 people). An array index is the term's ord. The ords of the codes rankings asked
 * for are kept too, so that a code asked again costs a hash lookup rather than its encoding and a binary search (which
 * took about 5 % of a ranking's CPU at a national million, thirteen segments).
 *
 * <p>One copy per segment core and field ({@link PerSegmentCore}, as {@link SeekerColumns}); a field with more than
 * {@value #MAX_TERMS} terms is looked up in the file as before.
 */
final class SegmentDictionaries {
    static final int MAX_TERMS = 50_000;
    /** At most this many codes' ords kept per segment and field (any code may be asked, present or not). */
    static final int MAX_ASKED = 20_000;

    private static final PerSegmentCore<Map<String, Dictionary>> BY_CORE = new PerSegmentCore<>();

    /** A field's terms in order (an index is an ord) and the ords of the codes asked so far (-1: absent). */
    private record Dictionary(BytesRef[] sorted, Map<String, Long> asked) implements TermLookup {
        @Override
        public long lookup(BytesRef term) {
            return Arrays.binarySearch(sorted, term);
        }

        @Override
        public long ordOf(String term) {
            Long kept = asked.get(term);
            if (kept != null) {
                return kept;
            }
            long ord = Math.max(-1, lookup(new BytesRef(term)));
            if (asked.size() < MAX_ASKED) {
                asked.put(term, ord);
            }
            return ord;
        }
    }

    private SegmentDictionaries() {
    }

    /** A lookup into {@code field}'s dictionary in this segment ({@code values}: its doc values, just opened). */
    static TermLookup lookup(LeafReader reader, String field, SortedSetDocValues values) throws IOException {
        if (reader.getCoreCacheHelper() == null || values.getValueCount() > MAX_TERMS) {
            return TermLookup.of(values);
        }
        Map<String, Dictionary> fields = BY_CORE.get(reader, r -> new ConcurrentHashMap<>());
        Dictionary dictionary = fields.get(field);
        if (dictionary == null) {
            dictionary = load(DocValues.getSortedSet(reader, field)); // its own iterator: the caller's stays put
            Dictionary first = fields.putIfAbsent(field, dictionary);
            dictionary = first == null ? dictionary : first;
        }
        return dictionary;
    }

    /** Whether this segment's dictionary of {@code field} is on the heap (for tests). */
    static boolean isLoaded(LeafReader reader, String field) {
        Map<String, Dictionary> fields = BY_CORE.peek(reader);
        return fields != null && fields.containsKey(field);
    }

    private static Dictionary load(SortedSetDocValues values) throws IOException {
        List<BytesRef> terms = new ArrayList<>((int) values.getValueCount());
        TermsEnum e = values.termsEnum();
        for (BytesRef term = e.next(); term != null; term = e.next()) {
            terms.add(BytesRef.deepCopyOf(term));
        }
        return new Dictionary(terms.toArray(BytesRef[]::new), new ConcurrentHashMap<>());
    }
}
