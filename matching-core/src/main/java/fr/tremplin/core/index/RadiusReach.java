package fr.tremplin.core.index;

import fr.tremplin.core.index.IndexSchema.Seeker;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.util.SloppyMath;

import java.io.IOException;

/**
 * "Does this person's own radius reach the workplace?", answered from the doc values of one index segment
 * ({@link Seeker#HOME} and {@link Seeker#RADIUS_KM}) with Lucene's haversine. This was the fastest correct
 * way measured (see PITFALLS.md); a collector or a two-phase filter calls it on the documents it visits.
 *
 * <p>One instance per segment and thread; documents must be asked in increasing order (doc values
 * iterators only move forward). A document without a home or radius does not reach anything.
 */
public final class RadiusReach {

    private final SortedNumericDocValues homes;
    private final NumericDocValues radii;
    private final double workplaceLat;
    private final double workplaceLon;

    private RadiusReach(SortedNumericDocValues homes, NumericDocValues radii, GeoPoint workplace) {
        this.homes = homes;
        this.radii = radii;
        this.workplaceLat = workplace.lat();
        this.workplaceLon = workplace.lon();
    }

    /** The check against {@code workplace} for the documents of one segment of the job-seeker index. */
    public static RadiusReach forSegment(LeafReader segment, GeoPoint workplace) throws IOException {
        return new RadiusReach(DocValues.getSortedNumeric(segment, Seeker.HOME),
                DocValues.getNumeric(segment, Seeker.RADIUS_KM), workplace);
    }

    /** Whether the person's home lies within their radius of the workplace. */
    public boolean reaches(int doc) throws IOException {
        if (!homes.advanceExact(doc) || !radii.advanceExact(doc)) {
            return false;
        }
        return distanceKm(homes.nextValue()) <= radii.longValue();
    }

    private double distanceKm(long encoded) {
        double lat = GeoEncodingUtils.decodeLatitude((int) (encoded >> 32));
        double lon = GeoEncodingUtils.decodeLongitude((int) encoded);
        return SloppyMath.haversinMeters(lat, lon, workplaceLat, workplaceLon) / 1000.0;
    }
}
