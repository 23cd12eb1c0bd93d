package fr.tremplin.core.ranking;

import fr.tremplin.core.index.GeoPoint;
import fr.tremplin.core.seeker.Programme;
import fr.tremplin.core.seeker.Public;
import org.apache.lucene.search.Query;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything a search over the job-seeker index needs, prepared once per request by {@link CandidateRanker}
 * or {@link FreeSearch}: the retrieval query, the hard filters checked per document, and the scoring inputs.
 * Internal; built and read in this package only.
 */
final class SeekerPlan {

    // retrieval
    /** Scores each document with its occupation and skill contributions (and text in a free search). */
    Query retrieval;
    /** Largest total the features missing from the retrieval score can add: score ≤ retrieval score + slack. */
    double boundSlack;

    // hard filters
    /** The workplace or searched place; null when none. */
    GeoPoint origin;
    /** The place must lie within the person's own mobility radius. */
    boolean withinPersonRadius;
    /** Largest home-to-place distance accepted (vacancy limit or searched radius); infinity for none. */
    double maxDistanceKm = Double.POSITIVE_INFINITY;
    /** One entry per required licence: the licences that satisfy it. */
    List<Set<String>> licences = List.of();
    /** Latest accepted availability (epoch day); Long.MAX_VALUE for none. */
    long availableBy = Long.MAX_VALUE;
    Set<Programme> programmes = Set.of();
    /** Programmes clicked in the facets: the person must be eligible to each (on top of {@link #programmes}). */
    Set<Programme> programmeFilter = Set.of();
    /** The distance band clicked in the facets (index in {@link FacetFilter#DISTANCE_BANDS}), −1 for none. */
    int distanceBand = -1;
    /** Keep only people in one of these publics; empty for no filter. */
    Set<Public> anyPublic = Set.of();
    /** Every must-have skill of {@link #skills} is required. */
    boolean strict;
    String unit;

    // scoring
    MatchPolicy policy;
    FeatureWeights weights;
    /** Null when the occupation feature does not apply. */
    OccupationTargets occupations;
    /** Null when no skill is asked for. */
    WeightedSkills skills;
    /** Occupations whose experience counts (the best one is kept). */
    List<String> experienceOccupations = List.of();
    int diplomaRequired;
    /** Non-empty on an insertion-clause vacancy: the publics that get the boost. */
    Set<Public> priorityPublics = Set.of();
    LocalDate today;
    /** Null when text relevance does not apply. */
    TextRelevance text;

    // result
    boolean exactCounts;
    int depth;
}
