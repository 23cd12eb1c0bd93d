package fr.tremplin.core.ranking;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@link OccupationTargets} resolved against one segment's occupation doc values: explicit codes by ord, and
 * the ord ranges of the domains and grand domains (codes sort by prefix, so "F17..." is one contiguous range).
 */
final class OrdRelations {

    private final long[] ords;
    private final byte[] relations;
    private final long[] rangeStart;
    private final long[] rangeEnd;
    private final byte[] rangeRelations;

    private OrdRelations(long[] ords, byte[] relations, long[] rangeStart, long[] rangeEnd, byte[] rangeRelations) {
        this.ords = ords;
        this.relations = relations;
        this.rangeStart = rangeStart;
        this.rangeEnd = rangeEnd;
        this.rangeRelations = rangeRelations;
    }

    /**
     * @param sameAs the relation an explicit SAME_TARGET code takes in this field (SAME_EXPERIENCE for the
     *               experience field)
     */
    static OrdRelations resolve(OccupationTargets targets, TermLookup lookup, OccupationRelation sameAs)
            throws IOException {
        List<long[]> explicit = new ArrayList<>();
        for (Map.Entry<String, OccupationRelation> entry : targets.explicit().entrySet()) {
            long ord = lookup.ordOf(entry.getKey());
            if (ord >= 0) {
                OccupationRelation relation = entry.getValue() == OccupationRelation.SAME_TARGET ? sameAs : entry.getValue();
                explicit.add(new long[] {ord, relation.ordinal()});
            }
        }
        explicit.sort((a, b) -> Long.compare(a[0], b[0]));
        long[] ords = new long[explicit.size()];
        byte[] relations = new byte[explicit.size()];
        for (int i = 0; i < ords.length; i++) {
            ords[i] = explicit.get(i)[0];
            relations[i] = (byte) explicit.get(i)[1];
        }
        List<long[]> ranges = new ArrayList<>();
        for (String domain : targets.domains()) {
            ranges.add(range(lookup, domain, OccupationRelation.DOMAIN));
        }
        for (String grandDomain : targets.grandDomains()) {
            ranges.add(range(lookup, grandDomain, OccupationRelation.GRAND_DOMAIN));
        }
        long[] start = new long[ranges.size()];
        long[] end = new long[ranges.size()];
        byte[] rangeRelations = new byte[ranges.size()];
        for (int i = 0; i < start.length; i++) {
            start[i] = ranges.get(i)[0];
            end[i] = ranges.get(i)[1];
            rangeRelations[i] = (byte) ranges.get(i)[2];
        }
        return new OrdRelations(ords, relations, start, end, rangeRelations);
    }

    /** [first ord with the prefix, first ord after it): '~' sorts after every letter and digit of a ROME code. */
    private static long[] range(TermLookup lookup, String prefix, OccupationRelation relation) throws IOException {
        return new long[] {lookup.ceiling(prefix), lookup.ceiling(prefix + "~"), relation.ordinal()};
    }

    /** The best relation of one ord, as an {@link OccupationRelation} ordinal. */
    int relationOf(long ord) {
        int best = OccupationRelation.NONE.ordinal();
        int i = Arrays.binarySearch(ords, ord);
        if (i >= 0) {
            best = relations[i];
        }
        for (int r = 0; r < rangeStart.length; r++) {
            if (ord >= rangeStart[r] && ord < rangeEnd[r] && rangeRelations[r] < best) {
                best = rangeRelations[r];
            }
        }
        return best;
    }
}
