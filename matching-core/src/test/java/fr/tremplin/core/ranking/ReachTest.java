package fr.tremplin.core.ranking;

import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.util.SloppyMath;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The flat-earth approximation the candidates filters decide with, against the haversine the scores use: over
 * random pairs of points of mainland France up to three degrees apart, its error stays under a tenth of the
 * bounds the filters allow for it; farther points get no approximation.
 */
class ReachTest {

    @Test
    void theApproximationStaysWellWithinItsBoundsOverFrance() {
        Random random = new Random(20261206L);
        double worstShare = 0;
        int compared = 0;
        for (int i = 0; i < 200_000; i++) {
            double lat = 42.3 + random.nextDouble() * 8.8;
            double lon = -4.8 + random.nextDouble() * 13;
            Reach reach = new Reach(lat, lon);
            double pointLat = lat + (random.nextDouble() * 2 - 1) * 3;
            double pointLon = lon + (random.nextDouble() * 2 - 1) * 3;
            long encoded = encode(pointLat, pointLon);
            double approx = reach.approxKm(encoded);
            double exact = reach.distanceKm(encoded, Double.POSITIVE_INFINITY);
            assertThat(exact).isEqualTo(SloppyMath.haversinMeters(GeoEncodingUtils.decodeLatitude((int) (encoded >> 32)),
                    GeoEncodingUtils.decodeLongitude((int) encoded), lat, lon) / 1000.0);
            if (Double.isNaN(approx)) {
                continue;
            }
            double allowed = Reach.APPROX_RELATIVE * exact + Reach.APPROX_ABSOLUTE_KM;
            worstShare = Math.max(worstShare, Math.abs(approx - exact) / allowed);
            compared++;
        }
        assertThat(compared).isGreaterThan(190_000);
        assertThat(worstShare).as("worst error as a share of the allowed bound").isLessThan(0.1);
    }

    @Test
    void pointsMoreThanThreeDegreesAwayGetNoApproximation() {
        Reach nantes = new Reach(47.218, -1.554);
        assertThat(nantes.approxKm(encode(43.296, 5.370))).as("Marseille").isNaN();
        assertThat(nantes.approxKm(encode(47.473, -0.551))).as("Angers").isBetween(80.0, 81.5);
    }

    private static long encode(double lat, double lon) {
        return ((long) GeoEncodingUtils.encodeLatitude(lat) << 32) | (GeoEncodingUtils.encodeLongitude(lon) & 0xFFFFFFFFL);
    }
}
