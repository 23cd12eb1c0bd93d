package fr.tremplin.core.ranking;

import org.apache.lucene.index.SortedDocValues;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A hit's id, read from its segment's id doc values the first time it is asked for: most documents that enter the
 * running top hits of an exact-count ranking leave it again, and only ties and the final page need the text (the
 * lookup decompresses a block of the terms dictionary). Asked for by one thread at a time: the search slice that
 * collected it, then the caller that reduces the slices and builds the page, while the searcher is still held.
 */
final class HitId {

    private SortedDocValues ids;
    private final int ord;
    private String value;

    private HitId(SortedDocValues ids, int ord, String value) {
        this.ids = ids;
        this.ord = ord;
        this.value = value;
    }

    static HitId of(String value) {
        return new HitId(null, -1, value);
    }

    /** The id of ord {@code ord} of {@code ids}; "" when the document has none ({@code ord} &lt; 0). */
    static HitId lazy(SortedDocValues ids, int ord) {
        return ord < 0 ? of("") : new HitId(ids, ord, null);
    }

    String get() {
        if (value == null) {
            try {
                value = ids.lookupOrd(ord).utf8ToString();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the id of a hit", e);
            }
            ids = null;
        }
        return value;
    }

    /** Whether the text was read (for tests). */
    boolean resolved() {
        return value != null;
    }

    @Override
    public String toString() {
        return get();
    }
}
