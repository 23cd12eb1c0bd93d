package fr.tremplin.core.ranking;

import fr.tremplin.core.referential.Mobility;
import fr.tremplin.core.referential.MobilityKind;
import fr.tremplin.core.referential.Referential;
import fr.tremplin.core.referential.Skill;
import fr.tremplin.core.testing.TestReferential;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RankingRulesTest {

    private static final Referential REFERENTIAL = TestReferential.get();
    private static final MatchPolicy POLICY = MatchPolicy.defaults();

    @Test
    void weightsOfTheApplicableFeaturesAddUpToOneAndTheOthersWeighNothing() {
        Set<Feature> applicable = EnumSet.of(Feature.OCCUPATION, Feature.DISTANCE, Feature.SKILLS);
        Map<Feature, Double> weights = RankingRules.weights(POLICY, applicable);

        assertThat(weights.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-12));
        assertThat(weights.get(Feature.WAITING)).isZero();
        assertThat(weights.get(Feature.OCCUPATION) / weights.get(Feature.DISTANCE))
                .isCloseTo(POLICY.weight(Feature.OCCUPATION) / POLICY.weight(Feature.DISTANCE), within(1e-12));
        assertThat(RankingRules.weights(POLICY, Set.of()).values()).containsOnly(0.0);
    }

    @Test
    void aRareSkillWeighsMoreThanACommonOneAndOnlyAFairlyRareOneRetrieves() {
        Skill rarest = REFERENTIAL.skills().stream().filter(s -> REFERENTIAL.occupationCountOf(s.code()) > 0)
                .min(Comparator.comparingInt(s -> REFERENTIAL.occupationCountOf(s.code()))).orElseThrow();
        Skill commonest = REFERENTIAL.skills().stream()
                .max(Comparator.comparingInt(s -> REFERENTIAL.occupationCountOf(s.code()))).orElseThrow();

        assertThat(RankingRules.rarity(REFERENTIAL, POLICY, rarest.code()))
                .isGreaterThan(RankingRules.rarity(REFERENTIAL, POLICY, commonest.code()))
                .isGreaterThan(1.0);
        assertThat(RankingRules.isSpecific(REFERENTIAL, POLICY, rarest.code())).isTrue();
        assertThat(RankingRules.isSpecific(REFERENTIAL, POLICY, commonest.code()))
                .isEqualTo(REFERENTIAL.occupationCountOf(commonest.code()) <= POLICY.commonSkillOccupations());
        // the ranking's own skill weights read the same rule
        assertThat(WeightedSkills.rarity(REFERENTIAL, POLICY, rarest.code()))
                .isEqualTo(RankingRules.rarity(REFERENTIAL, POLICY, rarest.code()));
    }

    @Test
    void aroundAVacancyTheOccupationItselfIsBestThenCloseMobilitiesThenEvolutionsToIt() {
        Map<String, OccupationRelation> around = RankingRules.aroundVacancy(REFERENTIAL, "F1703");

        assertThat(around).containsEntry("F1703", OccupationRelation.SAME_TARGET);
        assertThat(around.values()).isSubsetOf(RankingRules.EXPLICIT_RELATIONS);
        for (Mobility in : REFERENTIAL.mobilitiesTo("F1703")) {
            if (!in.sourceCode().equals("F1703")) {
                assertThat(around.get(in.sourceCode())).isEqualTo(in.kind() == MobilityKind.CLOSE
                        ? OccupationRelation.CLOSE : around.get(in.sourceCode()));
                assertThat(around.get(in.sourceCode())).isIn(OccupationRelation.CLOSE, OccupationRelation.EVOLUTION);
            }
        }
        REFERENTIAL.mobilitiesFrom("F1703").stream().filter(m -> m.kind() == MobilityKind.CLOSE)
                .forEach(out -> assertThat(around).containsEntry(out.targetCode(), OccupationRelation.CLOSE));
        assertThat(REFERENTIAL.mobilitiesTo("F1703")).as("the test needs mobilities to the occupation").isNotEmpty();
        // the ranking's targets around the vacancy hold the same explicit relations
        assertThat(OccupationTargets.aroundVacancy(REFERENTIAL, java.util.List.of("F1703")).explicit())
                .containsExactlyInAnyOrderEntriesOf(around);
    }

    @Test
    void aMonthIsAnAverageTwelfthOfAYear() {
        assertThat(RankingRules.DAYS_PER_MONTH * 12).isEqualTo(365.25);
        assertThat(FeatureValues.waiting((int) Math.round(RankingRules.DAYS_PER_MONTH * POLICY.waitingSaturationMonths()),
                POLICY)).isCloseTo(1.0, within(0.01));
    }
}
