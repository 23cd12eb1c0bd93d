package fr.tremplin.core.ranking;

import fr.tremplin.core.referential.Mobility;
import fr.tremplin.core.referential.MobilityKind;
import fr.tremplin.core.referential.Referential;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ranking's rules that someone outside this package needs to reproduce a score (the bench's SQL baseline): the
 * ranking itself reads them from here, so there is one copy. Pure functions of the referential and the
 * {@link MatchPolicy}; docs/ranking.md states each formula.
 */
public final class RankingRules {

    /** Average month length, in days (the waiting feature counts months of this length). */
    public static final double DAYS_PER_MONTH = 365.25 / 12;

    /** The relations {@link #aroundVacancy} gives, best first (the domain levels come on top of them). */
    public static final List<OccupationRelation> EXPLICIT_RELATIONS = List.of(OccupationRelation.SAME_TARGET,
            OccupationRelation.CLOSE, OccupationRelation.EVOLUTION);

    private RankingRules() {
    }

    /** 1 + strength × ln(N / n), n of the N ROME occupations listing the skill: a rare skill tells more. */
    public static double rarity(Referential referential, MatchPolicy policy, String skill) {
        int listedBy = Math.max(1, referential.occupationCountOf(skill));
        int occupations = Math.max(listedBy, referential.occupations().size());
        return 1 + policy.skillRarityStrength() * Math.log((double) occupations / listedBy);
    }

    /** Whether sharing this skill is enough to bring a person into a list (not a transversal skill). */
    public static boolean isSpecific(Referential referential, MatchPolicy policy, String skill) {
        return referential.occupationCountOf(skill) <= policy.commonSkillOccupations();
    }

    /**
     * The occupation codes a person may hold for a vacancy of occupation V, each at its best relation: V itself
     * ({@link OccupationRelation#SAME_TARGET}), the occupations with a close mobility to or from V
     * ({@link OccupationRelation#CLOSE}), those with an evolution mobility to V ({@link OccupationRelation#EVOLUTION}).
     */
    public static Map<String, OccupationRelation> aroundVacancy(Referential referential, String vacancyOccupation) {
        Map<String, OccupationRelation> explicit = new LinkedHashMap<>();
        explicit.merge(vacancyOccupation, OccupationRelation.SAME_TARGET, OccupationRelation::better);
        for (Mobility in : referential.mobilitiesTo(vacancyOccupation)) {
            explicit.merge(in.sourceCode(), in.kind() == MobilityKind.CLOSE
                    ? OccupationRelation.CLOSE : OccupationRelation.EVOLUTION, OccupationRelation::better);
        }
        for (Mobility out : referential.mobilitiesFrom(vacancyOccupation)) {
            if (out.kind() == MobilityKind.CLOSE) {
                explicit.merge(out.targetCode(), OccupationRelation.CLOSE, OccupationRelation::better);
            }
        }
        return Collections.unmodifiableMap(explicit);
    }

    /**
     * The weights of one query: the policy's weights of the applicable features scaled to add up to 1; a feature
     * that does not apply weighs 0 (its weight is shared among the others in proportion).
     */
    public static Map<Feature, Double> weights(MatchPolicy policy, Set<Feature> applicable) {
        double sum = 0;
        for (Feature feature : applicable) {
            sum += policy.weight(feature);
        }
        Map<Feature, Double> weights = new EnumMap<>(Feature.class);
        for (Feature feature : Feature.values()) {
            weights.put(feature, sum > 0 && applicable.contains(feature) ? policy.weight(feature) / sum : 0.0);
        }
        return weights;
    }
}
