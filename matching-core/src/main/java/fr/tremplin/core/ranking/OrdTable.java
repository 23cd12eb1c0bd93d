package fr.tremplin.core.ranking;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * A few ords of one segment's doc values, each with an int value (e.g. the index of a query skill), found by
 * binary search: no allocation proportional to the field's vocabulary.
 */
final class OrdTable {

    static final OrdTable EMPTY = new OrdTable(new long[0], new int[0]);

    private final long[] ords;
    private final int[] values;

    private OrdTable(long[] ords, int[] values) {
        this.ords = ords;
        this.values = values;
    }

    /** Terms → their index in {@code terms}; terms the segment lacks are left out. */
    static OrdTable indexOf(TermLookup lookup, List<String> terms) throws IOException {
        long[] ords = new long[terms.size()];
        int[] values = new int[terms.size()];
        int n = 0;
        for (int i = 0; i < terms.size(); i++) {
            long ord = lookup.ordOf(terms.get(i));
            if (ord >= 0) {
                ords[n] = ord;
                values[n] = i;
                n++;
            }
        }
        return sorted(Arrays.copyOf(ords, n), Arrays.copyOf(values, n));
    }

    /** Terms → a value each (same length lists); terms the segment lacks are left out; a term twice keeps the OR of its values. */
    static OrdTable masks(TermLookup lookup, List<String> terms, int[] masks) throws IOException {
        long[] ords = new long[terms.size()];
        int[] values = new int[terms.size()];
        int n = 0;
        for (int i = 0; i < terms.size(); i++) {
            long ord = lookup.ordOf(terms.get(i));
            if (ord >= 0) {
                ords[n] = ord;
                values[n] = masks[i];
                n++;
            }
        }
        OrdTable table = sorted(Arrays.copyOf(ords, n), Arrays.copyOf(values, n));
        return table.mergeDuplicates();
    }

    private static OrdTable sorted(long[] ords, int[] values) {
        Integer[] order = new Integer[ords.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(ords[a], ords[b]));
        long[] sortedOrds = new long[ords.length];
        int[] sortedValues = new int[ords.length];
        for (int i = 0; i < order.length; i++) {
            sortedOrds[i] = ords[order[i]];
            sortedValues[i] = values[order[i]];
        }
        return new OrdTable(sortedOrds, sortedValues);
    }

    private OrdTable mergeDuplicates() {
        int n = 0;
        for (int i = 0; i < ords.length; i++) {
            if (n > 0 && ords[n - 1] == ords[i]) {
                values[n - 1] |= values[i];
            } else {
                ords[n] = ords[i];
                values[n] = values[i];
                n++;
            }
        }
        return n == ords.length ? this : new OrdTable(Arrays.copyOf(ords, n), Arrays.copyOf(values, n));
    }

    /** The value of {@code ord}, or -1 when the table does not have it. */
    int get(long ord) {
        int i = Arrays.binarySearch(ords, ord);
        return i >= 0 ? values[i] : -1;
    }

    boolean isEmpty() {
        return ords.length == 0;
    }
}
