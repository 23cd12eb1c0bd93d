package fr.tremplin.core.ranking;

import org.apache.lucene.index.SortedDocValues;

/**
 * A hit's id, read from its segment's id doc values the first time it is asked for ({@link Once}): most documents
 * that enter the running top hits of an exact-count ranking leave it again, and only ties and the final page need
 * the text (the lookup decompresses a block of the terms dictionary). Asked for by one thread at a time: the search
 * slice that collected it, then the caller that reduces the slices and builds the page, while the searcher is still
 * held.
 */
final class HitId {

    private final Once<String> value;

    private HitId(Once<String> value) {
        this.value = value;
    }

    static HitId of(String value) {
        return new HitId(Once.done(value));
    }

    /**
     * The id of ord {@code ord} of {@code ids}, through the segment's kept ids; "" when the document has none
     * ({@code ord} &lt; 0).
     */
    static HitId lazy(SegmentIds kept, SortedDocValues ids, int ord) {
        return ord < 0 ? of("") : new HitId(Once.of(() -> kept.get(ids, ord)));
    }

    String get() {
        return value.get();
    }

    /** Whether the text was read (for tests). */
    boolean resolved() {
        return value.resolved();
    }

    @Override
    public String toString() {
        return get();
    }
}
