package fr.tremplin.bench.freshness;

import java.time.Duration;
import java.util.Arrays;

/**
 * Commit → searchable latencies of a {@link FreshnessProbe} run.
 *
 * @param writes number of writes measured
 * @param p50    median
 * @param p90    90th percentile
 * @param p99    99th percentile
 * @param max    slowest
 */
public record FreshnessReport(int writes, Duration p50, Duration p90, Duration p99, Duration max) {

    static FreshnessReport of(long[] latencyNanos) {
        if (latencyNanos.length == 0) {
            throw new IllegalArgumentException("No latency measured");
        }
        long[] sorted = latencyNanos.clone();
        Arrays.sort(sorted);
        return new FreshnessReport(sorted.length, percentile(sorted, 0.50), percentile(sorted, 0.90),
                percentile(sorted, 0.99), Duration.ofNanos(sorted[sorted.length - 1]));
    }

    /** Nearest-rank percentile. */
    private static Duration percentile(long[] sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.length);
        return Duration.ofNanos(sorted[Math.max(0, rank - 1)]);
    }

    /** E.g. "Freshness over 200 writes: p50 14.2 ms, p90 24.9 ms, p99 31.0 ms, max 33.5 ms". */
    public String summary() {
        return "Freshness (commit → searchable) over %d writes: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms"
                .formatted(writes, millis(p50), millis(p90), millis(p99), millis(max));
    }

    private static double millis(Duration d) {
        return d.toNanos() / 1e6;
    }
}
