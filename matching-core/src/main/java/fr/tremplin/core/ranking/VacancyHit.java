package fr.tremplin.core.ranking;

import java.util.Objects;

/**
 * One vacancy in a ranked list for a person.
 *
 * @param vacancyId   the vacancy's domain id
 * @param score       in [0, 1]; the sum of the explanation's contributions
 * @param distanceKm  from the person's home to the workplace
 * @param explanation why this score
 */
public record VacancyHit(String vacancyId, double score, double distanceKm, MatchExplanation explanation) {
    public VacancyHit {
        Objects.requireNonNull(vacancyId, "vacancyId");
        Objects.requireNonNull(explanation, "explanation");
    }
}
