package fr.tremplin.core.ranking;

import org.apache.lucene.index.SortedSetDocValues;

import java.io.IOException;
import java.util.Set;

/** Small enum sets and multi-valued fields as bits of an int, for the filters of the collection loop. */
final class EnumMasks {

    private EnumMasks() {
    }

    /** For each ord of a small enum-valued field, the bit of its constant (0 for an unknown value). */
    static <E extends Enum<E>> int[] bitsByOrd(SortedSetDocValues values, Class<E> type) throws IOException {
        int count = (int) Math.min(values.getValueCount(), 64);
        int[] bits = new int[count];
        for (int ord = 0; ord < count; ord++) {
            String name = values.lookupOrd(ord).utf8ToString();
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(name)) {
                    bits[ord] = 1 << constant.ordinal();
                }
            }
        }
        return bits;
    }

    /** The bits of the document's values, from a table of bits by ord (ords it lacks add none). */
    static int ofOrds(SortedSetDocValues values, OrdTable bitsByOrd, int doc) throws IOException {
        if (!values.advanceExact(doc)) {
            return 0;
        }
        int mask = 0;
        for (int i = 0, n = values.docValueCount(); i < n; i++) {
            int bits = bitsByOrd.get(values.nextOrd());
            if (bits > 0) {
                mask |= bits;
            }
        }
        return mask;
    }

    /**
     * Counts per bit from counts per mask: how many were counted with each of the first {@code bits} bits set, when
     * {@code countsByMask[m]} were counted with the mask {@code m} (a loop counts a byte mask with one increment).
     */
    static long[] bitCounts(int[] countsByMask, int bits) {
        long[] counts = new long[bits];
        for (int mask = 1; mask < countsByMask.length; mask++) {
            int n = countsByMask[mask];
            for (int i = 0; n != 0 && i < bits; i++) {
                counts[i] += (long) ((mask >>> i) & 1) * n;
            }
        }
        return counts;
    }

    /** The bit of each constant. */
    static int of(Set<? extends Enum<?>> constants) {
        return constants.stream().mapToInt(constant -> 1 << constant.ordinal()).reduce(0, (a, b) -> a | b);
    }
}
