package fr.tremplin.core.index;

import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.util.SloppyMath;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cells of a person's reach must include the cell of every workplace the ranking's exact check would accept
 * (Lucene's haversine from the encoded home, as {@code Reach} computes it), and not much more.
 */
class ReachCellsTest {

    private static final double EARTH_RADIUS_KM = 6371.0087714;

    @Test
    void everyWorkplaceWithinTheRadiusLiesInOneOfTheCells() {
        SplittableRandom random = new SplittableRandom(17);
        int within = 0;
        for (int i = 0; i < 20_000; i++) {
            GeoPoint home = new GeoPoint(41.5 + random.nextDouble() * 9.5, -5 + random.nextDouble() * 13);
            int radius = random.nextInt(10) == 0 ? random.nextInt(301) : random.nextInt(61);
            Set<String> cells = ReachCells.of(home, radius);
            for (int k = 0; k < 20; k++) {
                // mostly at the edge of the radius, where a cell could be missed
                double km = radius * (k < 15 ? 1 - random.nextDouble() * 0.01 : random.nextDouble());
                GeoPoint workplace = destination(home, km, random.nextDouble() * 360);
                if (exactKm(home, workplace) <= radius) {
                    within++;
                    assertThat(cells.contains(ReachCells.cellOf(workplace)) || cells.contains(ReachCells.ANY))
                            .as("home %s, radius %d km, workplace %s", home, radius, workplace).isTrue();
                }
            }
        }
        assertThat(within).isGreaterThan(200_000);
    }

    @Test
    void aSmallRadiusCoversAFewCellsAndNothingFarAway() {
        GeoPoint nantes = new GeoPoint(47.2184, -1.5536);
        Set<String> cells = ReachCells.of(nantes, 10);
        assertThat(cells).contains(ReachCells.cellOf(nantes)).doesNotContain(ReachCells.ANY);
        assertThat(cells.size()).isBetween(4, 16);
        assertThat(cells).doesNotContain(ReachCells.cellOf(new GeoPoint(47.4784, -0.5632))); // Angers, 80 km
        assertThat(ReachCells.of(nantes, 0)).contains(ReachCells.cellOf(nantes));
    }

    @Test
    void aRadiusOfSeveralHundredKilometresIsIndexedAsAnyCell() {
        assertThat(ReachCells.of(new GeoPoint(47.2184, -1.5536), 300)).containsExactly(ReachCells.ANY);
        Set<String> hundred = ReachCells.of(new GeoPoint(47.2184, -1.5536), 100);
        assertThat(hundred).doesNotContain(ReachCells.ANY).hasSizeLessThanOrEqualTo(ReachCells.MAX_CELLS);
    }

    @Test
    void theLowerBoundNeverExceedsTheDistanceToAPointOfTheCell() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 100_000; i++) {
            GeoPoint home = new GeoPoint(41.5 + random.nextDouble() * 9.5, -5 + random.nextDouble() * 13);
            GeoPoint point = destination(home, random.nextDouble() * 150, random.nextDouble() * 360);
            int cellLat = (int) Math.floor(point.lat() / ReachCells.LAT_STEP);
            int cellLon = (int) Math.floor(point.lon() / ReachCells.LON_STEP);
            double km = SloppyMath.haversinMeters(home.lat(), home.lon(), point.lat(), point.lon()) / 1000;
            assertThat(ReachCells.lowerBoundKm(home, cellLat, cellLon)).isLessThanOrEqualTo(km * 1.001 + 1e-6);
        }
    }

    /** The ranking's distance: Lucene's haversine from the home as the index encodes it. */
    private static double exactKm(GeoPoint home, GeoPoint workplace) {
        double lat = GeoEncodingUtils.decodeLatitude(GeoEncodingUtils.encodeLatitude(home.lat()));
        double lon = GeoEncodingUtils.decodeLongitude(GeoEncodingUtils.encodeLongitude(home.lon()));
        return SloppyMath.haversinMeters(lat, lon, workplace.lat(), workplace.lon()) / 1000;
    }

    /** The point {@code km} away from {@code from} along {@code bearing} degrees, on the sphere. */
    private static GeoPoint destination(GeoPoint from, double km, double bearing) {
        double d = km / EARTH_RADIUS_KM;
        double lat1 = Math.toRadians(from.lat());
        double lon1 = Math.toRadians(from.lon());
        double b = Math.toRadians(bearing);
        double lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(b));
        double lon2 = lon1 + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(lat1),
                Math.cos(d) - Math.sin(lat1) * Math.sin(lat2));
        return new GeoPoint(Math.toDegrees(lat2), Math.toDegrees(lon2));
    }
}
