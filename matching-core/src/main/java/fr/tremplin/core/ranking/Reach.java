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
    /**
     * Bounds of the error of {@link #approxKm} against {@link #distanceKm}: the approximation is used only to take
     * decisions its error cannot change (ReachTest measures the error at under a tenth of these).
     */
    static final double APPROX_RELATIVE = 0.01;
    static final double APPROX_ABSOLUTE_KM = 0.05;
    /** Beyond this difference of latitude or longitude (degrees), {@link #approxKm} gives up. */
    private static final double APPROX_DEGREES = 3;

    private final double lat;
    private final double lon;
    private final double cosLat;
    private final double sinLat;

    Reach(double lat, double lon) {
        this.lat = lat;
        this.lon = lon;
        this.cosLat = Math.cos(Math.toRadians(lat));
        this.sinLat = Math.sin(Math.toRadians(lat));
    }

    /**
     * A flat-earth distance in km to an encoded point, taken at the mean latitude of the two points (the cosine
     * from its second-order expansion around this point's), within {@link #APPROX_RELATIVE} and
     * {@link #APPROX_ABSOLUTE_KM} of {@link #distanceKm}; NaN when the point is more than a few degrees away (the
     * caller then asks for the exact distance). No trigonometry: several times cheaper than the haversine.
     */
    double approxKm(long encoded) {
        double dLat = GeoEncodingUtils.decodeLatitude((int) (encoded >> 32)) - lat;
        double dLon = GeoEncodingUtils.decodeLongitude((int) encoded) - lon;
        if (Math.abs(dLat) > APPROX_DEGREES || Math.abs(dLon) > APPROX_DEGREES) {
            return Double.NaN;
        }
        double half = Math.toRadians(dLat / 2);
        double cosMean = cosLat - half * sinLat - half * half / 2 * cosLat;
        double x = dLon * cosMean;
        return Math.sqrt(x * x + dLat * dLat) * KM_PER_DEGREE;
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
