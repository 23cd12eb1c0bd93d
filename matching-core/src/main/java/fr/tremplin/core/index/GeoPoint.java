package fr.tremplin.core.index;

import org.apache.lucene.geo.GeoUtils;

/** A WGS84 point in decimal degrees. */
public record GeoPoint(double lat, double lon) {
    public GeoPoint {
        GeoUtils.checkLatitude(lat);
        GeoUtils.checkLongitude(lon);
    }
}
