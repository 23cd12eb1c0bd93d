package fr.tremplin.core.ranking;

import fr.tremplin.core.index.GeoPoint;
import fr.tremplin.core.seeker.Programme;
import fr.tremplin.core.seeker.Public;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything a search over the job-seeker index needs, prepared once per request by {@link CandidateRanker}
 * or {@link FreeSearch}: the hard filters checked per document, the scoring inputs and the search settings.
 * Internal; built and read in this package only.
 */
record SeekerPlan(Filters filters, Scoring scoring, SearchSettings search) {

    /**
     * The hard filters.
     *
     * @param origin             the workplace or searched place; null when none
     * @param withinPersonRadius the place must lie within the person's own mobility radius
     * @param maxDistanceKm      largest home-to-place distance accepted (vacancy limit or searched radius);
     *                           infinity for none
     * @param licences           one entry per required licence: the licences that satisfy it
     * @param availableBy        latest accepted availability (epoch day); Long.MAX_VALUE for none
     * @param programmeFilter    programmes clicked in the facets: the person must be eligible to each (on top
     *                           of {@code programmes})
     * @param distanceBand       the distance band clicked in the facets (index in
     *                           {@link FacetFilter#DISTANCE_BANDS}), −1 for none
     * @param anyPublic          keep only people in one of these publics; empty for no filter
     * @param strict             every must-have skill of the scoring's skills is required
     * @param unit               the employment unit that must follow the person; null for any
     */
    record Filters(GeoPoint origin, boolean withinPersonRadius, double maxDistanceKm, List<Set<String>> licences,
                   long availableBy, Set<Programme> programmes, Set<Programme> programmeFilter, int distanceBand,
                   Set<Public> anyPublic, boolean strict, String unit) {
    }

    /**
     * The scoring inputs.
     *
     * @param occupations           null when the occupation feature does not apply
     * @param skills                null when no skill is asked for
     * @param experienceOccupations occupations whose experience counts (the best one is kept)
     * @param priorityPublics       non-empty on an insertion-clause vacancy: the publics that get the boost
     */
    record Scoring(OccupationTargets occupations, WeightedSkills skills, List<String> experienceOccupations,
                   int diplomaRequired, Set<Public> priorityPublics, LocalDate today) {
    }
}
