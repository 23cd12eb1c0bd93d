package fr.tremplin.core.ranking;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The cheap helpers of the collector's loop and of the explanations give what the dear computations give, or a bound of it. */
class FastPathsTest {

    @Test
    void theDistanceBoundIsNeverBelowTheDistanceValueAndWithinAFewThousandthsOfIt() {
        Random random = new Random(20261207L);
        for (double halfKm : new double[]{1, 7.5, 15, 40, 300}) {
            MatchPolicy policy = MatchPolicy.defaults().withOverrides(Map.of("distanceHalfKm", String.valueOf(halfKm)));
            double[] fixed = {0, -3, 1e-9, halfKm, 2 * halfKm, halfKm / 256, halfKm * 255 / 256, 63.999 * halfKm,
                    64 * halfKm, 1000 * halfKm, Double.POSITIVE_INFINITY};
            for (double km : fixed) {
                assertBound(km, policy);
            }
            for (int i = 0; i < 100_000; i++) {
                // mostly a region's distances, some far, some exactly on a 256th of a halving
                double km = switch (i % 4) {
                    case 0 -> random.nextDouble() * 100;
                    case 1 -> random.nextDouble() * 20_000;
                    case 2 -> random.nextInt(256 * 30) * halfKm / 256;
                    default -> random.nextDouble() * halfKm;
                };
                assertBound(km, policy);
            }
        }
    }

    private static void assertBound(double km, MatchPolicy policy) {
        double exact = FeatureValues.distance(km, policy);
        double bound = FeatureValues.distanceAtMost(km, policy);
        assertThat(bound).as("at %s km, half %s", km, policy.distanceHalfKm()).isGreaterThanOrEqualTo(exact);
        if (km / policy.distanceHalfKm() < 64) {
            assertThat(bound / exact).as("at %s km, half %s", km, policy.distanceHalfKm()).isLessThan(1.003);
        } else {
            assertThat(bound).isEqualTo(0x1p-64);
        }
    }

    @Test
    void countsPerMaskBecomeCountsPerBit() {
        Random random = new Random(7L);
        int[] byMask = new int[256];
        long[] expected = new long[6];
        for (int i = 0; i < 10_000; i++) {
            int mask = random.nextInt(64); // six bits used, as the publics
            byMask[mask]++;
            for (int bit = 0; bit < 6; bit++) {
                expected[bit] += (mask >>> bit) & 1;
            }
        }
        assertThat(EnumMasks.bitCounts(byMask, 6)).containsExactly(expected);
        assertThat(EnumMasks.bitCounts(new int[256], 5)).containsOnly(0L).hasSize(5);
    }

    @Test
    void oneDecimalWritesWhatStringFormatWrites() {
        Random random = new Random(42L);
        for (int i = 0; i < 200_000; i++) {
            double value = switch (i % 4) {
                case 0 -> random.nextDouble() * 300; // distances
                case 1 -> i / 400 / 100.0; // hundredths: the halves of a tenth
                case 2 -> (i % 4_800) / 12.0; // years from months
                default -> Math.scalb(random.nextDouble(), random.nextInt(40) - 20);
            };
            assertThat(Explainer.oneDecimal(value)).as("%s", value)
                    .isEqualTo(String.format(Locale.FRANCE, "%.1f", value));
        }
        assertThat(Explainer.oneDecimal(0.25)).isEqualTo("0,3");
        assertThat(Explainer.oneDecimal(12)).isEqualTo("12,0");
        // the formatter's own answers where a decimal's would differ: a negative zero, a negative below a half
        for (double value : new double[]{-0.0, -0.04, -1.25, Double.NaN, 1.5e8, 1e9, 123_456_789.05}) {
            assertThat(Explainer.oneDecimal(value)).as("%s", value)
                    .isEqualTo(String.format(Locale.FRANCE, "%.1f", value));
        }
    }
}
