package fr.tremplin.core.evaluation;

import fr.tremplin.core.ranking.Feature;
import fr.tremplin.core.ranking.MatchPolicy;
import fr.tremplin.core.testing.TestReferential;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The judged set is not passed by any ranking: a policy that ranks on one feature alone scores clearly lower
 * than the default one. docs/relevance.md quotes these numbers.
 */
class JudgedSetDiscriminatesTest {

    private static MatchPolicy only(Feature kept) {
        Map<String, String> weights = new HashMap<>();
        for (Feature feature : Feature.values()) {
            weights.put(feature.weightKey(), feature == kept ? "1" : "0");
        }
        return MatchPolicy.defaults().withOverrides(weights);
    }

    @Test
    void singleFeaturePoliciesScoreLower() {
        JudgedSet set = JudgedSetFiles.load();
        double defaults = Evaluation.run(TestReferential.get(), MatchPolicy.defaults(), set).ndcgAt10();
        Map<Feature, Double> alone = new HashMap<>();
        for (Feature feature : new Feature[] {Feature.OCCUPATION, Feature.SKILLS, Feature.DISTANCE, Feature.TEXT}) {
            EvaluationReport report = Evaluation.run(TestReferential.get(), only(feature), set);
            alone.put(feature, report.ndcgAt10());
            System.out.printf("%-12s alone: nDCG@10 %.4f  recall@50 %.4f  MRR %.4f%n", feature.id(),
                    report.ndcgAt10(), report.recallAt50(), report.mrr());
        }

        assertThat(alone.get(Feature.DISTANCE)).isLessThan(0.6);
        assertThat(alone.get(Feature.TEXT)).isLessThan(0.9);
        assertThat(alone.get(Feature.OCCUPATION)).isLessThan(defaults - 0.05);
        assertThat(alone.get(Feature.SKILLS)).isLessThan(defaults - 0.02);
    }
}
