package fr.tremplin.bench.http;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LatencyHistogramTest {
    @Test
    void emptyHistogramGivesZero() {
        LatencyHistogram h = new LatencyHistogram();
        assertThat(h.percentileNanos(0.5)).isZero();
        assertThat(h.maxNanos()).isZero();
    }

    @Test
    void bucketsCoverEveryValueWithinOnePercent() {
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            long v = random.nextLong(Long.MAX_VALUE >> random.nextInt(63));
            int index = LatencyHistogram.index(v);
            assertThat(LatencyHistogram.highestIn(index)).isGreaterThanOrEqualTo(v);
            assertThat(LatencyHistogram.highestIn(index) - v).isLessThanOrEqualTo(Math.max(0, v / 100));
            if (index > 0) {
                assertThat(LatencyHistogram.highestIn(index - 1)).isLessThan(v);
            }
        }
        assertThat(LatencyHistogram.index(Long.MAX_VALUE)).isEqualTo(LatencyHistogram.index(Long.MAX_VALUE - 1));
    }

    @Test
    void percentilesOfMergedHistograms() {
        LatencyHistogram a = new LatencyHistogram();
        LatencyHistogram b = new LatencyHistogram();
        for (int ms = 1; ms <= 100; ms++) {
            (ms % 2 == 0 ? a : b).record(ms * 1_000_000L);
        }
        a.add(b);
        assertThat(a.count()).isEqualTo(100);
        assertThat(a.percentileNanos(0.50) / 1e6).isCloseTo(50, within(0.5));
        assertThat(a.percentileNanos(0.99) / 1e6).isCloseTo(99, within(1.0));
        assertThat(a.percentileNanos(1.0)).isEqualTo(100_000_000L);
        assertThat(a.maxNanos()).isEqualTo(100_000_000L);
    }
}
