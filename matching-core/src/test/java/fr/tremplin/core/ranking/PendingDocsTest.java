package fr.tremplin.core.ranking;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The kept documents of a deferred scoring: in order, with their bounds, and the selection of the best bounds. */
class PendingDocsTest {

    @Test
    void theCountThBestBoundIsTheSortedOrdersWithTiesAndGrowth() {
        Random random = new Random(20261207L);
        for (int round = 0; round < 200; round++) {
            PendingDocs pending = new PendingDocs();
            int size = 1 + random.nextInt(2_000);
            double[] bounds = new double[size];
            for (int i = 0; i < size; i++) {
                // few distinct values in some rounds: ties
                double bound = round % 3 == 0 ? random.nextInt(5) / 4.0 : random.nextDouble();
                pending.add(i * 3, bound);
                // kept as a float, rounded up: never below the bound
                bounds[i] = Math.nextUp((float) bound) > bound && (float) bound < bound ? Math.nextUp((float) bound)
                        : (float) bound;
                assertThat(pending.bound(i)).isGreaterThanOrEqualTo(bound).isEqualTo(bounds[i]);
            }
            assertThat(pending.size()).isEqualTo(size);
            assertThat(pending.doc(size - 1)).isEqualTo((size - 1) * 3);
            assertThat(pending.bound(size - 1)).isEqualTo(bounds[size - 1]);
            double[] sorted = bounds.clone();
            Arrays.sort(sorted);
            int count = 1 + random.nextInt(64);
            double expected = size <= count ? Double.NEGATIVE_INFINITY : sorted[size - count];
            assertThat(pending.bestBound(count)).as("round %d, %d of %d", round, count, size).isEqualTo(expected);
            // the selection works on a copy: the bounds stay by document
            assertThat(pending.bound(0)).isEqualTo(bounds[0]);
        }
    }

    @Test
    void aCountMustBePositive() {
        assertThatThrownBy(() -> new PendingDocs().bestBound(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
