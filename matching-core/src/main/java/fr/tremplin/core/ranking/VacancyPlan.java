package fr.tremplin.core.ranking;

import fr.tremplin.core.eligibility.Eligibility;
import fr.tremplin.core.index.GeoPoint;
import fr.tremplin.core.seeker.Programme;
import fr.tremplin.core.seeker.Public;
import org.apache.lucene.search.Query;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Everything {@link VacancyCollector} needs to rank the vacancy index for one person, prepared once per
 * request by {@link VacancyRanker}. Internal.
 */
final class VacancyPlan {

    Query retrieval;
    double boundSlack;

    // the person
    GeoPoint home;
    int radiusKm;
    Set<String> licences = Set.of();
    long availableFrom;
    Set<Programme> programmes = Set.of();
    List<Eligibility> eligibility = List.of();
    /** The person's skills, sorted. */
    List<String> skills = List.of();
    Map<String, Integer> experienceMonths = Map.of();
    int diplomaLevel;
    /** The person's publics that an insertion clause favours; empty when none (the feature does not apply). */
    List<Public> priorityPublics = List.of();

    // filters
    boolean strict;
    /** Today (epoch day): a start date already past counts as today. */
    long today;

    // scoring
    MatchPolicy policy;
    FeatureWeights weights;
    OccupationTargets occupations;
    TextRelevance text;
    /** Rarity of a skill code: the same weighting as {@link WeightedSkills}. */
    ToDoubleFunction<String> rarity;

    boolean exactCounts;
    int depth;
}
