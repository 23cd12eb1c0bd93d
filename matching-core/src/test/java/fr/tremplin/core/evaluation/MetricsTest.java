package fr.tremplin.core.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The metrics on examples computed by hand. */
class MetricsTest {

    private static final Map<String, Integer> GRADES = Map.of("a", 3, "b", 2, "c", 0, "d", 1);

    @Test
    void perfectOrderGivesAnNdcgOfOne() {
        assertThat(Metrics.ndcgAt(10, List.of("a", "b", "d", "c"), GRADES)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void ndcgOfASwappedPair() {
        // DCG = (2^2-1)/log2(2) + (2^3-1)/log2(3) + (2^1-1)/log2(4) = 3 + 4.416508 + 0.5 = 7.916508
        // ideal = 7 + 3/log2(3) + 0.5 = 7 + 1.892789 + 0.5 = 9.392789
        double expected = (3 + 7 / (Math.log(3) / Math.log(2)) + 0.5) / (7 + 3 / (Math.log(3) / Math.log(2)) + 0.5);
        assertThat(expected).isCloseTo(0.842828, within(1e-6));
        assertThat(Metrics.ndcgAt(10, List.of("b", "a", "d"), GRADES)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void ndcgCutsAtK() {
        // only "c" (0) then "a" cut off at k = 1
        assertThat(Metrics.ndcgAt(1, List.of("c", "a"), GRADES)).isZero();
        // unjudged people count as 0: x, a → (7/log2 3) / 7
        assertThat(Metrics.ndcgAt(2, List.of("x", "a"), Map.of("a", 3)))
                .isCloseTo(1 / (Math.log(3) / Math.log(2)), within(1e-12));
    }

    @Test
    void recallCountsTheRelevantFoundInTheFirstK() {
        // three relevant (a, b, d), two places: a found → 1 / min(2, 3)
        assertThat(Metrics.recallAt(2, List.of("a", "c", "b", "d"), GRADES, 1)).isCloseTo(1.0 / 2, within(1e-12));
        assertThat(Metrics.recallAt(3, List.of("a", "c", "b", "d"), GRADES, 1)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(Metrics.recallAt(50, List.of("a", "c", "b", "d"), GRADES, 1)).isEqualTo(1.0);
        assertThat(Metrics.recallAt(50, List.of("c"), Map.of("c", 0), 1)).isEqualTo(1.0);
    }

    @Test
    void reciprocalRankOfTheFirstGoodHit() {
        assertThat(Metrics.reciprocalRank(List.of("c", "d", "b", "a"), GRADES, 2)).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(Metrics.reciprocalRank(List.of("c", "d"), GRADES, 2)).isZero();
        assertThat(Metrics.reciprocalRank(List.of("a"), GRADES, 2)).isEqualTo(1.0);
    }
}
