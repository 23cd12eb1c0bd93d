package fr.tremplin.core.ranking;

import java.util.Set;

/**
 * The weights of one query: the policy's weights of the features that apply, scaled so they add up to 1
 * (a feature that does not apply weighs 0 and shares its weight among the others in proportion).
 */
final class FeatureWeights {

    private static final Feature[] FEATURES = Feature.values();

    private final double[] weights = new double[FEATURES.length];

    FeatureWeights(MatchPolicy policy, Set<Feature> applicable) {
        RankingRules.weights(policy, applicable).forEach((feature, weight) -> weights[feature.ordinal()] = weight);
    }

    double of(Feature feature) {
        return weights[feature.ordinal()];
    }

    /** Whether the feature is part of this query's score (it appears in every explanation). */
    boolean applies(Feature feature) {
        return weights[feature.ordinal()] > 0;
    }

    /**
     * The score from feature values (indexed by {@link Feature} ordinal): contributions are written to
     * {@code contributions} and added in {@link Feature} order, so an explanation adds up to the very same sum.
     */
    double score(double[] values, double[] contributions) {
        double score = 0;
        for (int i = 0; i < FEATURES.length; i++) {
            double contribution = weights[i] * values[i];
            contributions[i] = contribution;
            score += contribution;
        }
        return score;
    }
}
