package fr.tremplin.bench.http;

/**
 * A small log-linear histogram of latencies in nanoseconds, for one thread (not synchronised): values below 256 ns
 * are exact, larger ones fall in 128 sub-buckets per power of two, so a percentile is off by less than 0.8 %.
 * The maximum is kept exactly. Uses a fixed 57 KiB whatever the number of samples.
 */
final class LatencyHistogram {
    private static final int SUB_BITS = 7;
    private static final int SUB = 1 << SUB_BITS;

    private final long[] counts = new long[2 * SUB + (62 - SUB_BITS) * SUB];
    private long total;
    private long max;

    /** Records one latency; negative values count as zero. */
    void record(long nanos) {
        long value = Math.max(0, nanos);
        counts[index(value)]++;
        total++;
        max = Math.max(max, value);
    }

    /** Adds the samples of another histogram to this one. */
    void add(LatencyHistogram other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
        total += other.total;
        max = Math.max(max, other.max);
    }

    long count() {
        return total;
    }

    long maxNanos() {
        return max;
    }

    /**
     * The latency that {@code quantile} (0 to 1) of the samples do not exceed, as the upper bound of its bucket
     * capped at the maximum; 0 without samples.
     */
    long percentileNanos(double quantile) {
        if (total == 0) {
            return 0;
        }
        long rank = Math.max(1, (long) Math.ceil(quantile * total));
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return Math.min(highestIn(i), max);
            }
        }
        return max;
    }

    static int index(long value) {
        if (value < 2 * SUB) {
            return (int) value;
        }
        int shift = 63 - Long.numberOfLeadingZeros(value) - SUB_BITS;
        int top = (int) (value >>> shift);
        return 2 * SUB + (shift - 1) * SUB + (top - SUB);
    }

    static long highestIn(int index) {
        if (index < 2 * SUB) {
            return index;
        }
        int shift = (index - 2 * SUB) / SUB + 1;
        long top = (index - 2 * SUB) % SUB + SUB;
        long next = (top + 1) << shift;
        return next <= 0 ? Long.MAX_VALUE : next - 1;
    }
}
