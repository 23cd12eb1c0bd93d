package fr.tremplin.core.ranking;

import fr.tremplin.core.index.GeoPoint;
import fr.tremplin.core.index.IndexSchema.Seeker;
import fr.tremplin.core.index.ReachCells;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.geo.Rectangle;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

import java.io.IOException;

/**
 * A filter on the people's homes (the {@link Seeker#HOME} points, a BKD tree) around a workplace, added to the
 * retrieval when the index spreads far beyond any reach: on people spread over France, a vacancy's candidates live
 * in one département, and without it the retrieval would hand every person of the trade nationwide to the
 * collector, whose distance check rejects almost all of them. The circle's radius is the largest any person can
 * travel (the highest {@link Seeker#RADIUS_KM} in the index), within the employer's limit, plus a margin for the
 * encoding of coordinates: it never excludes a person the collector's exact check would keep. On one département
 * (the circle covers most of the index) no filter is added: it would only cost a pass over the points.
 *
 * <p>A vacancy's candidates, who must each reach the workplace within their own radius, get the tighter
 * {@link ReachCells} filter instead ({@link #reachable}): one term's postings, at any scale.
 */
final class GeoRestriction {

    /** The filter is added when the circle's bounding box covers less than this share of the index's. */
    static final double MAX_SHARE = 0.25;
    private static final double MARGIN_KM = 1.0;

    private GeoRestriction() {
    }

    /** The retrieval within the filter around the origin, when one pays (a filter does not change scores). */
    static Query restrict(Query retrieval, IndexSearcher searcher, GeoPoint origin, double maxDistanceKm)
            throws IOException {
        Query filter = around(searcher, origin, maxDistanceKm);
        if (filter == null) {
            return retrieval;
        }
        return new BooleanQuery.Builder().add(retrieval, BooleanClause.Occur.MUST)
                .add(filter, BooleanClause.Occur.FILTER).build();
    }

    /**
     * The retrieval of a vacancy's candidates (each within their own radius of its workplace): restricted to the
     * people whose {@link ReachCells} include the workplace's cell, when every person of the index carries them;
     * otherwise as {@link #restrict}. Neither filter changes scores nor drops a person the exact check would keep.
     */
    static Query reachable(Query retrieval, IndexSearcher searcher, GeoPoint workplace, double maxDistanceKm)
            throws IOException {
        if (!ReachCells.coversEveryone(searcher.getIndexReader())) {
            return restrict(retrieval, searcher, workplace, maxDistanceKm);
        }
        return new BooleanQuery.Builder().add(retrieval, BooleanClause.Occur.MUST)
                .add(ReachCells.around(searcher.getIndexReader(), workplace), BooleanClause.Occur.FILTER).build();
    }

    /**
     * @param origin        the workplace, or {@code null} (then no filter)
     * @param maxDistanceKm the employer's limit, {@code Double.POSITIVE_INFINITY} for none
     * @return the filter, or {@code null} when it would not pay
     */
    static Query around(IndexSearcher searcher, GeoPoint origin, double maxDistanceKm) throws IOException {
        if (origin == null) {
            return null;
        }
        int maxRadius = -1;
        double minLat = 90, maxLat = -90, minLon = 180, maxLon = -180;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            PointValues radii = leaf.reader().getPointValues(Seeker.RADIUS_KM);
            PointValues homes = leaf.reader().getPointValues(Seeker.HOME);
            if (radii == null || homes == null) {
                continue;
            }
            maxRadius = Math.max(maxRadius, IntPoint.decodeDimension(radii.getMaxPackedValue(), 0));
            byte[] low = homes.getMinPackedValue();
            byte[] high = homes.getMaxPackedValue();
            minLat = Math.min(minLat, GeoEncodingUtils.decodeLatitude(low, 0));
            minLon = Math.min(minLon, GeoEncodingUtils.decodeLongitude(low, Integer.BYTES));
            maxLat = Math.max(maxLat, GeoEncodingUtils.decodeLatitude(high, 0));
            maxLon = Math.max(maxLon, GeoEncodingUtils.decodeLongitude(high, Integer.BYTES));
        }
        if (maxRadius < 0) {
            return null;
        }
        double reachKm = Math.min(maxRadius, maxDistanceKm) + MARGIN_KM;
        Rectangle circle = Rectangle.fromPointDistance(origin.lat(), origin.lon(), reachKm * 1000);
        double indexArea = Math.max(1e-9, (maxLat - minLat) * (maxLon - minLon));
        double circleArea = (circle.maxLat - circle.minLat) * (circle.maxLon - circle.minLon);
        if (circle.crossesDateline() || circleArea / indexArea > MAX_SHARE) {
            return null;
        }
        return LatLonPoint.newDistanceQuery(Seeker.HOME, origin.lat(), origin.lon(), reachKm * 1000);
    }
}
