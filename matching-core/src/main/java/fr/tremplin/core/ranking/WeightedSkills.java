package fr.tremplin.core.ranking;

import fr.tremplin.core.referential.Referential;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The skills a query asks for, each with its weight: 1 for a must-have, {@link MatchPolicy#niceToHaveSkillWeight()}
 * for a nice-to-have, times its rarity {@code 1 + strength × ln(N / n)} where n of the N ROME occupations list
 * the skill. Coverage = weight of the skills held / total weight. Must-haves come first.
 */
final class WeightedSkills {

    private final List<String> codes;
    private final double[] weights;
    private final boolean[] retrieving;
    private final int mustHaveCount;
    private final double total;

    private WeightedSkills(List<String> codes, double[] weights, boolean[] retrieving, int mustHaveCount) {
        this.codes = List.copyOf(codes);
        this.weights = weights;
        this.retrieving = retrieving;
        this.mustHaveCount = mustHaveCount;
        double sum = 0;
        for (double weight : weights) {
            sum += weight;
        }
        this.total = sum;
    }

    /**
     * Must-have then nice-to-have skills (a skill in both counts as must-have); null when there are none.
     *
     * @param allRetrieve true when every skill selects people (a free search); false to leave the transversal
     *                    skills ({@link MatchPolicy#commonSkillOccupations()}) out of the retrieval
     */
    static WeightedSkills of(Referential referential, MatchPolicy policy, Collection<String> mustHave,
                             Collection<String> niceToHave, boolean allRetrieve) {
        Set<String> must = new LinkedHashSet<>(mustHave);
        Set<String> nice = new LinkedHashSet<>(niceToHave);
        nice.removeAll(must);
        if (must.isEmpty() && nice.isEmpty()) {
            return null;
        }
        List<String> codes = new ArrayList<>(must);
        codes.addAll(nice);
        double[] weights = new double[codes.size()];
        boolean[] retrieving = new boolean[codes.size()];
        for (int i = 0; i < codes.size(); i++) {
            double kind = i < must.size() ? 1.0 : policy.niceToHaveSkillWeight();
            weights[i] = kind * rarity(referential, policy, codes.get(i));
            retrieving[i] = allRetrieve || isSpecific(referential, policy, codes.get(i));
        }
        return new WeightedSkills(codes, weights, retrieving, must.size());
    }

    /** Whether sharing this skill is enough to bring a person into a list (not a transversal skill). */
    static boolean isSpecific(Referential referential, MatchPolicy policy, String code) {
        return RankingRules.isSpecific(referential, policy, code);
    }

    /** 1 + strength × ln(N / n): a skill listed by few occupations tells more than a common one. */
    static double rarity(Referential referential, MatchPolicy policy, String code) {
        return RankingRules.rarity(referential, policy, code);
    }

    int size() {
        return codes.size();
    }

    String code(int index) {
        return codes.get(index);
    }

    double weight(int index) {
        return weights[index];
    }

    /** Whether the skill is part of the retrieval query. */
    boolean retrieves(int index) {
        return retrieving[index];
    }

    /** The share of the total weight carried by the skills left out of the retrieval. */
    double nonRetrievingShare() {
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (!retrieving[i]) {
                sum += weights[i];
            }
        }
        return sum / total;
    }

    boolean isMustHave(int index) {
        return index < mustHaveCount;
    }

    int mustHaveCount() {
        return mustHaveCount;
    }

    List<String> codes() {
        return codes;
    }

    /** Sum of all weights; coverage divides by it. */
    double total() {
        return total;
    }
}
