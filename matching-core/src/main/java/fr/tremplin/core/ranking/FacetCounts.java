package fr.tremplin.core.ranking;

import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Facet counts being gathered: per-segment ord counts are folded into value counts when a segment ends. */
final class FacetCounts {

    /** Distance band upper bounds (km, exclusive) and labels. */
    private static final double[] BAND_LIMITS = {5, 10, 20, 30, 50, Double.POSITIVE_INFINITY};
    static final String[] BAND_LABELS = {"0-5", "5-10", "10-20", "20-30", "30-50", "50+"};

    static final int BANDS = BAND_LIMITS.length;

    private final Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    private final long[] bands = new long[BAND_LIMITS.length];

    static int band(double km) {
        for (int i = 0; i < BAND_LIMITS.length; i++) {
            if (km < BAND_LIMITS[i]) {
                return i;
            }
        }
        return BAND_LIMITS.length - 1;
    }

    void addBand(int band) {
        bands[band]++;
    }

    void addBands(long[] counts) {
        for (int i = 0; i < bands.length; i++) {
            bands[i] += counts[i];
        }
    }

    /** Declares a facet so it appears (possibly empty) in the result, in declaration order. */
    void declare(String name) {
        counts.computeIfAbsent(name, n -> new TreeMap<>());
    }

    void add(String name, String value, long count) {
        if (count > 0) {
            counts.computeIfAbsent(name, n -> new TreeMap<>()).merge(value, count, Long::sum);
        }
    }

    void addAll(FacetCounts other) {
        other.counts.forEach((name, values) -> values.forEach((value, count) -> add(name, value, count)));
        for (int i = 0; i < bands.length; i++) {
            bands[i] += other.bands[i];
        }
    }

    /** Folds a segment's per-ord counts of a single-valued field. */
    void fold(String name, SortedDocValues values, int[] ordCounts) throws IOException {
        for (int ord = 0; ord < ordCounts.length; ord++) {
            if (ordCounts[ord] > 0) {
                add(name, values.lookupOrd(ord).utf8ToString(), ordCounts[ord]);
            }
        }
    }

    /** Folds a segment's per-ord counts of a multi-valued field. */
    void fold(String name, SortedSetDocValues values, int[] ordCounts) throws IOException {
        for (int ord = 0; ord < ordCounts.length; ord++) {
            if (ordCounts[ord] > 0) {
                add(name, values.lookupOrd(ord).utf8ToString(), ordCounts[ord]);
            }
        }
    }

    Facets toFacets(String distanceFacet) {
        Map<String, Map<String, Long>> result = new LinkedHashMap<>(counts);
        if (distanceFacet != null) {
            Map<String, Long> byBand = new LinkedHashMap<>();
            for (int i = 0; i < bands.length; i++) {
                byBand.put(BAND_LABELS[i], bands[i]);
            }
            result.put(distanceFacet, byBand);
        }
        return new Facets(result);
    }
}
