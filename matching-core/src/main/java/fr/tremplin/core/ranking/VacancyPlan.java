package fr.tremplin.core.ranking;

import fr.tremplin.core.eligibility.Eligibility;
import fr.tremplin.core.index.GeoPoint;
import fr.tremplin.core.seeker.Programme;
import fr.tremplin.core.seeker.Public;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Everything {@link VacancyCollector} needs to rank the vacancy index for one person, prepared once per
 * request by {@link VacancyRanker}. Internal.
 *
 * @param person      the person's side of the filters and of the scoring
 * @param strict      every required skill of a vacancy must be held
 * @param today       today (epoch day): a start date already past counts as today
 * @param occupations null when the person has no occupation
 * @param rarity      rarity of a skill code: the same weighting as {@link WeightedSkills}
 */
record VacancyPlan(Person person, boolean strict, long today, OccupationTargets occupations,
                   ToDoubleFunction<String> rarity, SearchSettings search) {

    /**
     * The person.
     *
     * @param availableFrom   first day the person can start, less the grace (epoch day)
     * @param skills          the person's skills, sorted
     * @param priorityPublics the person's publics that an insertion clause favours; empty when none (the
     *                        feature does not apply)
     */
    record Person(GeoPoint home, int radiusKm, Set<String> licences, long availableFrom, Set<Programme> programmes,
                  List<Eligibility> eligibility, List<String> skills, Map<String, Integer> experienceMonths,
                  int diplomaLevel, List<Public> priorityPublics) {
    }
}
