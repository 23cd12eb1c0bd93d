package fr.tremplin.core.ranking;

import fr.tremplin.core.seeker.Programme;
import fr.tremplin.core.seeker.Public;

import java.util.Arrays;
import java.util.Set;

/**
 * The facet values an adviser clicked on a ranked list of people, applied as hard filters on top of the
 * query's own: in one of {@code publics} (any), eligible to every programme of {@code programmes}, and living in
 * the distance band {@code distanceBand} ({@link Facets#DISTANCE} values, "0-5" … "50+"). The facet counts
 * returned with the page are those of the filtered people (the employment-unit facet still ignores the unit).
 *
 * @param publics      empty for no filter
 * @param programmes   empty for no filter
 * @param distanceBand null for no filter
 */
public record FacetFilter(Set<Public> publics, Set<Programme> programmes, String distanceBand) {
    /** The distance bands, nearest first. */
    public static final java.util.List<String> DISTANCE_BANDS = Arrays.asList(FacetCounts.BAND_LABELS);

    public FacetFilter {
        publics = Set.copyOf(publics);
        programmes = Set.copyOf(programmes);
        distanceBand = distanceBand == null || distanceBand.isBlank() ? null : distanceBand;
        if (distanceBand != null && !DISTANCE_BANDS.contains(distanceBand)) {
            throw new InvalidQueryException("distanceKm", "unknown distance band '" + distanceBand + "', one of "
                    + DISTANCE_BANDS);
        }
    }

    public static FacetFilter none() {
        return new FacetFilter(Set.of(), Set.of(), null);
    }

    public boolean isEmpty() {
        return publics.isEmpty() && programmes.isEmpty() && distanceBand == null;
    }

    /** The index of {@link #distanceBand} in {@link #DISTANCE_BANDS}, −1 for none. */
    int bandIndex() {
        return distanceBand == null ? -1 : DISTANCE_BANDS.indexOf(distanceBand);
    }
}
