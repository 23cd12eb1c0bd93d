package fr.tremplin.core.ranking;

import java.util.Arrays;

/**
 * The documents of one segment kept for a deferred scoring, in increasing order, each with the bound of its score
 * (see {@link RankingCollector}). Reused for every document of the segment: no allocation per document beyond the
 * arrays' growth.
 */
final class PendingDocs {

    private int[] docs = new int[256];
    /** Each bound rounded up to a float: still a bound, half the memory (a million-document segment keeps many). */
    private float[] bounds = new float[256];
    private int size;

    void add(int doc, double bound) {
        if (size == docs.length) {
            docs = Arrays.copyOf(docs, size * 2);
            bounds = Arrays.copyOf(bounds, size * 2);
        }
        docs[size] = doc;
        float rounded = (float) bound;
        bounds[size] = rounded < bound ? Math.nextUp(rounded) : rounded;
        size++;
    }

    int size() {
        return size;
    }

    int doc(int i) {
        return docs[i];
    }

    double bound(int i) {
        return bounds[i];
    }

    /**
     * The {@code count}-th largest bound kept (as stored: rounded up to a float) (so that at least {@code count} documents have a bound at least this
     * high); -infinity when {@code count} documents or fewer are kept.
     */
    double bestBound(int count) {
        if (count <= 0) {
            throw new IllegalArgumentException("count must be positive: " + count);
        }
        if (size <= count) {
            return Double.NEGATIVE_INFINITY;
        }
        float[] copy = Arrays.copyOf(bounds, size);
        return select(copy, size - count);
    }

    /** The value that would be at {@code k} if {@code values} were sorted ascending (Hoare's selection). */
    private static float select(float[] values, int k) {
        int low = 0;
        int high = values.length - 1;
        while (low < high) {
            float pivot = values[(low + high) >>> 1];
            int i = low;
            int j = high;
            while (i <= j) {
                while (values[i] < pivot) {
                    i++;
                }
                while (values[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    float t = values[i];
                    values[i] = values[j];
                    values[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                high = j;
            } else if (k >= i) {
                low = i;
            } else {
                return values[k];
            }
        }
        return values[k];
    }
}
