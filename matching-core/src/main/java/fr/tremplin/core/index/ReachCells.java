package fr.tremplin.core.index;

import fr.tremplin.core.index.IndexSchema.Seeker;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where a person can go, as terms: the map is cut into cells of {@value #LAT_STEP}° of latitude by
 * {@value #LON_STEP}° of longitude (about 10 × 10 km in France), and each person's document carries
 * ({@link Seeker#REACH_CELL}) every cell that comes within their own radius of their home. A vacancy then
 * retrieves only the people whose reach covers the cell of its workplace: one term's postings instead of every
 * person of the trade, near or far. It is a superset: a cell is kept when any of its points may lie within the
 * radius (a lower bound of the distance, plus {@value #MARGIN_KM} km and {@value #MARGIN_RELATIVE} of margin for the
 * sloppy haversine and the encoding of points); the exact check stays the ranking's, so who is a candidate does not
 * change. A radius that would cover more than {@value #MAX_CELLS} cells is indexed as {@link #ANY}, which every
 * query accepts. A person who cannot be a candidate carries {@link #NONE} alone, which no query asks for (an index
 * written before gave them their cells: the ranking's own check still leaves them out).
 *
 * <p>An index written before this field existed has people without it: {@link #coversEveryone} then says no and
 * the ranking does without the filter until the index is rebuilt (or its consistency check has rewritten them).
 */
public final class ReachCells {

    static final double LAT_STEP = 0.09;
    static final double LON_STEP = 0.13;
    static final int MAX_CELLS = 400;
    static final double MARGIN_KM = 1.0;
    static final double MARGIN_RELATIVE = 0.01;
    /** The term of a person whose reach covers too many cells to list: every query accepts it. */
    public static final String ANY = "*";
    /** The only term of a person who cannot be a candidate (not active, or not consenting): no query asks for it. */
    public static final String NONE = "-";

    private static final double EARTH_RADIUS_KM = 6371.0087714;

    private ReachCells() {
    }

    /** The cell term of a point (a workplace). */
    public static String cellOf(GeoPoint point) {
        return term(latIndex(point.lat()), lonIndex(point.lon()));
    }

    /** The cells a person living at {@code home} reaches within {@code radiusKm}, or {@link #ANY}; sorted. */
    public static Set<String> of(GeoPoint home, int radiusKm) {
        double reach = radiusKm * (1 + MARGIN_RELATIVE) + MARGIN_KM;
        double dLat = Math.toDegrees(reach / EARTH_RADIUS_KM);
        double cosLat = Math.cos(Math.toRadians(Math.min(89.0, Math.abs(home.lat()) + dLat)));
        if (Math.abs(home.lat()) + dLat >= 89.0 || cosLat <= 0) {
            return Set.of(ANY);
        }
        double dLon = Math.toDegrees(reach / (EARTH_RADIUS_KM * cosLat));
        if (Math.abs(home.lon()) + dLon >= 180) {
            return Set.of(ANY);
        }
        int lat0 = latIndex(home.lat() - dLat);
        int lat1 = latIndex(home.lat() + dLat);
        int lon0 = lonIndex(home.lon() - dLon);
        int lon1 = lonIndex(home.lon() + dLon);
        // a disk fills about π/4 of its bounding box: a box of more than four times the cap holds more than the cap
        if ((long) (lat1 - lat0 + 1) * (lon1 - lon0 + 1) > MAX_CELLS * 4L) {
            return Set.of(ANY);
        }
        Set<String> cells = new TreeSet<>();
        for (int i = lat0; i <= lat1; i++) {
            for (int j = lon0; j <= lon1; j++) {
                if (lowerBoundKm(home, i, j) <= reach) {
                    cells.add(term(i, j));
                }
            }
        }
        return cells.size() > MAX_CELLS ? Set.of(ANY) : cells;
    }

    /**
     * Adds the person's cells to their document (terms only: neither stored nor doc values); for a person who cannot
     * be a candidate (not ACTIVE or not consenting, which the ranking checks anyway), only {@link #NONE}: no vacancy
     * then retrieves them at all (a fifth of the people retrieved in the demo data were such), and the field still
     * covers everyone ({@link #coversEveryone}). A change of status or consent rewrites the document.
     */
    static void add(Document doc, GeoPoint home, int radiusKm, boolean candidate) {
        for (String cell : candidate ? of(home, radiusKm) : Set.of(NONE)) {
            doc.add(new StringField(Seeker.REACH_CELL, cell, Field.Store.NO));
        }
    }

    /**
     * The filter of the people whose reach may cover {@code workplace}, for a FILTER clause: one term's postings,
     * or two when someone of the index reaches {@link #ANY} cell.
     */
    public static Query around(IndexReader reader, GeoPoint workplace) throws IOException {
        Query cell = new TermQuery(new Term(Seeker.REACH_CELL, cellOf(workplace)));
        Term any = new Term(Seeker.REACH_CELL, ANY);
        if (reader.docFreq(any) == 0) {
            return cell;
        }
        return new BooleanQuery.Builder().add(cell, BooleanClause.Occur.SHOULD)
                .add(new TermQuery(any), BooleanClause.Occur.SHOULD).build();
    }

    /**
     * Whether every document of the index carries its cells (each segment's count of documents with the field
     * equals its document count), so that {@link #around} drops nobody the exact check would keep.
     */
    public static boolean coversEveryone(IndexReader reader) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            int documents = leaf.reader().maxDoc();
            if (documents == 0) {
                continue;
            }
            Terms terms = leaf.reader().terms(Seeker.REACH_CELL);
            if (terms == null || terms.getDocCount() != documents) {
                return false;
            }
        }
        return true;
    }

    /**
     * A lower bound of the great-circle distance from {@code home} to any point of cell ({@code i}, {@code j}):
     * the haversine with the smallest latitude and longitude gaps and the smallest product of cosines.
     */
    static double lowerBoundKm(GeoPoint home, int i, int j) {
        double south = i * LAT_STEP;
        double north = (i + 1) * LAT_STEP;
        double west = j * LON_STEP;
        double east = (j + 1) * LON_STEP;
        double gapLat = home.lat() < south ? south - home.lat() : home.lat() > north ? home.lat() - north : 0;
        double gapLon = home.lon() < west ? west - home.lon() : home.lon() > east ? home.lon() - east : 0;
        double cosCell = Math.min(Math.cos(Math.toRadians(south)), Math.cos(Math.toRadians(north)));
        double cosHome = Math.cos(Math.toRadians(home.lat()));
        double hLat = Math.sin(Math.toRadians(gapLat) / 2);
        double hLon = Math.sin(Math.toRadians(gapLon) / 2);
        double h = hLat * hLat + Math.max(0, cosCell) * cosHome * hLon * hLon;
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    private static int latIndex(double lat) {
        return (int) Math.floor(lat / LAT_STEP);
    }

    private static int lonIndex(double lon) {
        return (int) Math.floor(lon / LON_STEP);
    }

    private static String term(int latIndex, int lonIndex) {
        return latIndex + ":" + lonIndex;
    }
}
