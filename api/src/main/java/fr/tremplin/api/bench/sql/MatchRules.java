package fr.tremplin.api.bench.sql;

import fr.tremplin.core.employer.EmployerKind;
import fr.tremplin.core.ranking.Feature;
import fr.tremplin.core.ranking.Licences;
import fr.tremplin.core.ranking.ProgrammeNeeds;
import fr.tremplin.core.ranking.MatchPolicy;
import fr.tremplin.core.referential.Mobility;
import fr.tremplin.core.referential.MobilityKind;
import fr.tremplin.core.referential.Referential;
import fr.tremplin.core.seeker.Programme;
import fr.tremplin.core.vacancy.ContractType;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The rules of matching-core's ranking the SQL baseline needs: the licence and programme rules are the ranking's
 * own (public); the others are package-private in {@code fr.tremplin.core.ranking} and copied here as written
 * there (and in docs/ranking.md), each naming its original. Keep the copies in step when the ranking changes.
 */
final class MatchRules {

    /** {@code FeatureValues.DAYS_PER_MONTH}: average month length, in days. */
    static final double DAYS_PER_MONTH = 365.25 / 12;

    private MatchRules() {
    }

    /** The licences that satisfy {@code required}, itself first (the ranking's own rule). */
    static Set<String> satisfying(String required) {
        return Licences.satisfying(required);
    }

    /** The programmes a person must be eligible to for the contract (the ranking's own rule). */
    static Set<Programme> programmeNeeds(ContractType contract, EmployerKind employer, boolean insertionClause) {
        return ProgrammeNeeds.of(contract, employer, insertionClause);
    }

    /** {@code WeightedSkills.rarity}: 1 + strength × ln(N / n), n of the N ROME occupations listing the skill. */
    static double rarity(Referential referential, MatchPolicy policy, String skill) {
        int listedBy = Math.max(1, referential.occupationCountOf(skill));
        int occupations = Math.max(listedBy, referential.occupations().size());
        return 1 + policy.skillRarityStrength() * Math.log((double) occupations / listedBy);
    }

    /** {@code WeightedSkills.isSpecific}: sharing this skill brings a person into the list (not transversal). */
    static boolean isSpecific(Referential referential, MatchPolicy policy, String skill) {
        return referential.occupationCountOf(skill) <= policy.commonSkillOccupations();
    }

    /**
     * {@code OccupationTargets.aroundVacancy} for one occupation V: the codes a person may hold, each at its best
     * level: V itself, the occupations with a close mobility to or from V, those with an evolution mobility to V.
     * Levels are {@link Level#SAME} &gt; {@link Level#CLOSE} &gt; {@link Level#EVOLUTION}.
     */
    static Map<String, Level> aroundVacancy(Referential referential, String vacancyOccupation) {
        Map<String, Level> explicit = new LinkedHashMap<>();
        explicit.merge(vacancyOccupation, Level.SAME, MatchRules::better);
        for (Mobility in : referential.mobilitiesTo(vacancyOccupation)) {
            explicit.merge(in.sourceCode(), in.kind() == MobilityKind.CLOSE ? Level.CLOSE : Level.EVOLUTION,
                    MatchRules::better);
        }
        for (Mobility out : referential.mobilitiesFrom(vacancyOccupation)) {
            if (out.kind() == MobilityKind.CLOSE) {
                explicit.merge(out.targetCode(), Level.CLOSE, MatchRules::better);
            }
        }
        return explicit;
    }

    /**
     * {@code FeatureWeights}: the policy's weights of the applicable features, scaled to add up to 1; the others
     * weigh 0.
     */
    static Map<Feature, Double> weights(MatchPolicy policy, Set<Feature> applicable) {
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

    private static Level better(Level a, Level b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    /** The explicit occupation relations of {@code OccupationRelation}, best first (target and experience alike). */
    enum Level {
        SAME, CLOSE, EVOLUTION;

        double value(MatchPolicy policy) {
            return switch (this) {
                case SAME -> policy.sameOccupationLevel();
                case CLOSE -> policy.closeMobilityLevel();
                case EVOLUTION -> policy.evolutionMobilityLevel();
            };
        }
    }
}
