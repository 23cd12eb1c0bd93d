package fr.tremplin.core.ranking;

import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.util.SloppyMath;

/**
 * Distances from one point (a workplace, a searched place, a home) to the points of the index, as
 * {@link fr.tremplin.core.index.RadiusReach} computes them (Lucene's haversine on the encoded point), with a
 * cheap flat-earth pre-check that rejects the points clearly out of reach before any trigonometry.
 */
final class Reach {

    /** km per degree of latitude (mean Earth radius). */
    private static final double KM_PER_DEGREE = Math.PI * 6371.0087714 / 180;
    /** The flat-earth estimate is within a few percent at the scale of a region; reject only beyond this. */
    private static final double SAFETY_FACTOR = 1.05;
    private static final double SAFETY_KM = 1.0;

    private final double lat;
    private final double lon;
    private final double cosLat;

    Reach(double lat, double lon) {
        this.lat = lat;
        this.lon = lon;
        this.cosLat = Math.cos(Math.toRadians(lat));
    }

    /**
     * The distance in km to an encoded point ({@code LatLonDocValuesField}), or +infinity when it is clearly
     * beyond {@code limitKm} (the exact distance is then certainly beyond too).
     */
    double distanceKm(long encoded, double limitKm) {
        double pointLat = GeoEncodingUtils.decodeLatitude((int) (encoded >> 32));
        double pointLon = GeoEncodingUtils.decodeLongitude((int) encoded);
        if (limitKm != Double.POSITIVE_INFINITY) {
            double dLat = pointLat - lat;
            double dLon = (pointLon - lon) * cosLat;
            double bound = (limitKm * SAFETY_FACTOR + SAFETY_KM) / KM_PER_DEGREE;
            if (dLat * dLat + dLon * dLon > bound * bound) {
                return Double.POSITIVE_INFINITY;
            }
        }
        return SloppyMath.haversinMeters(pointLat, pointLon, lat, lon) / 1000.0;
    }
}
