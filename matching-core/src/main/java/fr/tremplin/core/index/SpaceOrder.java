package fr.tremplin.core.index;

import fr.tremplin.core.index.IndexSchema.Seeker;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

/**
 * The order of the job-seeker index's documents ({@link #SORT}, Lucene's index sorting): first the people who can be
 * candidates (active and consenting), then the others; within each, by the position of their home along a Hilbert
 * curve over the globe (a grid of 2^{@value #ORDER} × 2^{@value #ORDER} cells, about 0.4 × 0.3 km in France), so
 * that people who live near one another get near document numbers in every segment.
 *
 * <p>Why: a vacancy's candidates live around its workplace. In document order of arrival they are scattered over
 * the whole segment, and every postings list the retrieval reads (a trade's people nationwide, the text's words)
 * decodes a block per candidate; sorted, they sit in a few runs of documents, which share blocks, doc-values pages
 * and cache lines. Which documents match and their scores do not depend on the order: ties are broken by id
 * ({@code TopHits}), and nothing else reads document numbers across segments or searches.
 */
public final class SpaceOrder {

    /** Cells per side of the grid: 2^ORDER. */
    static final int ORDER = 16;
    /** Added to the key of a person who cannot be a candidate: after every candidate. */
    static final long NOT_CANDIDATE = 1L << (2 * ORDER);

    /** The job-seeker index's sort. Changing it (or the key) needs a new index format: every index is rebuilt. */
    public static final Sort SORT = new Sort(new SortField(Seeker.SPACE_KEY, SortField.Type.LONG));

    private SpaceOrder() {
    }

    /** Adds the sort key ({@link Seeker#SPACE_KEY}) of a person living at {@code home} to their document. */
    static void add(Document doc, GeoPoint home, boolean candidate) {
        doc.add(new NumericDocValuesField(Seeker.SPACE_KEY, key(home, candidate)));
    }

    /** The sort key of a person living at {@code home}; whoever cannot be a candidate comes after every candidate. */
    static long key(GeoPoint home, boolean candidate) {
        long d = hilbert(cell(GeoEncodingUtils.encodeLongitude(home.lon())),
                cell(GeoEncodingUtils.encodeLatitude(home.lat())));
        return candidate ? d : NOT_CANDIDATE + d;
    }

    /** The grid column (or row) of an encoded longitude (or latitude): its top {@value #ORDER} bits, west (south) first. */
    static int cell(int encoded) {
        return (encoded ^ Integer.MIN_VALUE) >>> (Integer.SIZE - ORDER);
    }

    /**
     * The position of cell ({@code x}, {@code y}) along the Hilbert curve of order {@value #ORDER}: consecutive
     * positions are side-by-side cells, and every aligned square of 2^k × 2^k cells is a run of consecutive positions.
     */
    static long hilbert(int x, int y) {
        long d = 0;
        for (int s = 1 << (ORDER - 1); s > 0; s >>= 1) {
            int rx = (x & s) != 0 ? 1 : 0;
            int ry = (y & s) != 0 ? 1 : 0;
            d += (long) s * s * ((3 * rx) ^ ry);
            if (ry == 0) { // rotate the quadrant so that the curve's pieces join
                if (rx == 1) {
                    x = s - 1 - x;
                    y = s - 1 - y;
                }
                int t = x;
                x = y;
                y = t;
            }
        }
        return d;
    }
}
