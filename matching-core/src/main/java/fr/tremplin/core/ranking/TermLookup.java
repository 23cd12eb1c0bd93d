package fr.tremplin.core.ranking;

import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;

/** Looks a term up in the sorted dictionary of one segment's doc values: its ord, or -(insertion point) - 1. */
@FunctionalInterface
interface TermLookup {

    long lookup(BytesRef term) throws IOException;

    static TermLookup of(SortedSetDocValues values) {
        return values::lookupTerm;
    }

    static TermLookup of(SortedDocValues values) {
        return values::lookupTerm;
    }

    /** The ord of {@code term}, or -1 when the segment does not have it. */
    default long ordOf(String term) throws IOException {
        long ord = lookup(new BytesRef(term));
        return ord >= 0 ? ord : -1;
    }

    /** The first ord whose term is at or after {@code term}. */
    default long ceiling(String term) throws IOException {
        long ord = lookup(new BytesRef(term));
        return ord >= 0 ? ord : -ord - 1;
    }
}
