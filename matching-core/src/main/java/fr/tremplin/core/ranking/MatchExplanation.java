package fr.tremplin.core.ranking;

import java.util.List;

/**
 * Why a hit got its score, built from the very values that ranked it.
 *
 * @param contributions one per feature that applies, in {@link Feature} order; their values add up to the score
 * @param matchedSkills the vacancy's skills (codes) the person holds, must-have first
 * @param missingSkills the vacancy's must-have skills (codes) the person lacks
 * @param eligibility   the eligibility rules that let the person take this contract (a programme the contract
 *                      needs, the rule and its reason), empty when the contract needs none
 */
public record MatchExplanation(List<Contribution> contributions, List<String> matchedSkills,
                               List<String> missingSkills, List<String> eligibility) {
    public MatchExplanation {
        contributions = List.copyOf(contributions);
        matchedSkills = List.copyOf(matchedSkills);
        missingSkills = List.copyOf(missingSkills);
        eligibility = List.copyOf(eligibility);
    }

    /** The sum of the contributions, which is the hit's score. */
    public double total() {
        double sum = 0;
        for (Contribution contribution : contributions) {
            sum += contribution.value();
        }
        return sum;
    }
}
