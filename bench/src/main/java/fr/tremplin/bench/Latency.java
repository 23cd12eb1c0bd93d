package fr.tremplin.bench;

import java.util.Arrays;

/**
 * Percentiles of measured durations (nearest rank), in milliseconds.
 *
 * @param count how many were measured
 */
public record Latency(int count, double p50, double p95, double p99, double max) {

    public static Latency of(long[] nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("Nothing measured");
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latency(sorted.length, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99),
                sorted[sorted.length - 1] / 1e6);
    }

    private static double ms(long[] sorted, double quantile) {
        int rank = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1e6;
    }
}
