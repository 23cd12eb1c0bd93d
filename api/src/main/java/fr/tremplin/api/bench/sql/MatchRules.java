package fr.tremplin.api.bench.sql;

import fr.tremplin.core.employer.EmployerKind;
import fr.tremplin.core.ranking.Feature;
import fr.tremplin.core.ranking.MatchPolicy;
import fr.tremplin.core.referential.Mobility;
import fr.tremplin.core.referential.MobilityKind;
import fr.tremplin.core.referential.Referential;
import fr.tremplin.core.seeker.Programme;
import fr.tremplin.core.vacancy.ContractType;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The pieces of matching-core's ranking the SQL baseline needs but cannot call, because they are package-private
 * in {@code fr.tremplin.core.ranking}. Each one is a copy of the rule as written there (and in docs/ranking.md);
 * the class names the original it reproduces. Keep them in step when the ranking changes.
 */
final class MatchRules {

    /** {@code FeatureValues.DAYS_PER_MONTH}: average month length, in days. */
    static final double DAYS_PER_MONTH = 365.25 / 12;

    /** Required licence → the other licences that imply it ({@code Licences.IMPLIED_BY}, Code de la route). */
    private static final Map<String, Set<String>> IMPLIED_BY = Map.ofEntries(
            Map.entry("B", Set.of("BE", "C1", "C1E", "C", "CE", "D1", "D1E", "D", "DE")),
            Map.entry("BE", Set.of("C1E", "CE", "D1E", "DE")),
            Map.entry("C1", Set.of("C", "C1E", "CE")),
            Map.entry("C", Set.of("CE")),
            Map.entry("C1E", Set.of("CE")),
            Map.entry("D1", Set.of("D", "D1E", "DE")),
            Map.entry("D", Set.of("DE")),
            Map.entry("D1E", Set.of("DE")),
            Map.entry("A1", Set.of("A2", "A")),
            Map.entry("A2", Set.of("A")));

    private MatchRules() {
    }

    /** {@code Licences.satisfying}: the licences that satisfy {@code required}, itself first. */
    static Set<String> satisfying(String required) {
        Set<String> codes = new LinkedHashSet<>();
        codes.add(required);
        codes.addAll(IMPLIED_BY.getOrDefault(required, Set.of()).stream().sorted().toList());
        return codes;
    }

    /** {@code ProgrammeNeeds.of}: the programmes a person must be eligible to for the contract. */
    static Set<Programme> programmeNeeds(ContractType contract, EmployerKind employer, boolean insertionClause) {
        Set<Programme> needs = EnumSet.noneOf(Programme.class);
        switch (contract) {
            case PEC -> needs.add(Programme.PEC);
            case IAE -> needs.add(Programme.IAE);
            case APPRENTICESHIP -> needs.add(Programme.APPRENTICESHIP);
            case PROFESSIONALISATION -> {
                if (employer == EmployerKind.EMPLOYER_GROUP) {
                    needs.add(Programme.GEIQ);
                }
            }
            case CDI, CDD, INTERIM -> {
                // open to everyone
            }
        }
        if (insertionClause) {
            needs.add(Programme.INSERTION_CLAUSE);
        }
        return needs;
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
