package fr.tremplin.core.referential;

/** Great-circle distance between two WGS84 points (haversine on a sphere). */
public final class GeoDistance {

    /** Mean Earth radius (IUGG), in km. The spherical model is within 0.5 % of the ellipsoid. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    private GeoDistance() {
    }

    /** Distance in km between (lat1, lon1) and (lat2, lon2), in decimal degrees. */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double halfDeltaPhi = Math.toRadians(lat2 - lat1) / 2;
        double halfDeltaLambda = Math.toRadians(lon2 - lon1) / 2;
        double a = Math.sin(halfDeltaPhi) * Math.sin(halfDeltaPhi)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(halfDeltaLambda) * Math.sin(halfDeltaLambda);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(a)));
    }
}
