package fr.tremplin.core.ranking;

import java.util.Objects;

/**
 * One person in a ranked list.
 *
 * @param seekerId    the job seeker's domain id
 * @param score       in [0, 1]; the sum of the explanation's contributions
 * @param distanceKm  from home to the workplace (or to the searched place); {@code null} in a free search without place
 * @param explanation why this score
 */
public record CandidateHit(String seekerId, double score, Double distanceKm, MatchExplanation explanation) {
    public CandidateHit {
        Objects.requireNonNull(seekerId, "seekerId");
        Objects.requireNonNull(explanation, "explanation");
    }
}
