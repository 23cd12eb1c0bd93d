package fr.tremplin.core.ranking;

import fr.tremplin.core.seeker.Public;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every weight and parameter of the ranking, in one place, with the département's defaults
 * ({@link #defaults()}). docs/ranking.md explains each one to advisers; a test keeps the two in step.
 *
 * <p>The eight feature weights add up to 1, so a score lies in [0, 1]. A feature that does not apply to a
 * query (no diploma required, no insertion clause, no text...) is left out and the others share its weight
 * in proportion, so the best possible match still scores 1.
 *
 * <p>Configuration: {@link #withOverrides(Map)} takes the component names below as keys (for example
 * {@code distanceHalfKm=20}); a set of publics is written {@code RSA,RQTH}.
 *
 * @param occupationWeight          double, default 0.35, 0..1: weight of occupation proximity (the ROME mobility graph)
 * @param skillsWeight              double, default 0.25, 0..1: weight of skill coverage
 * @param experienceWeight          double, default 0.08, 0..1: weight of experience in the vacancy's occupation
 * @param distanceWeight            double, default 0.10, 0..1: weight of distance decay (home to workplace)
 * @param textWeight                double, default 0.10, 0..1: weight of French text relevance (vacancy text vs profile text)
 * @param diplomaWeight             double, default 0.04, 0..1: weight of the diploma level against the vacancy's requirement
 * @param priorityPublicWeight      double, default 0.04, 0..1: weight of the boost for priority publics on insertion-clause vacancies
 * @param waitingWeight             double, default 0.04, 0..1: weight of the boost for people waiting longest without a proposal;
 *                                  the eight weights must add up to 1 (within 1e-6)
 * @param sameOccupationLevel       double, default 1.0, 0..1: occupation value when the person targets or has held the vacancy's ROME occupation
 * @param closeMobilityLevel        double, default 0.75, at most sameOccupationLevel: value of a ROME "close" mobility, either direction
 * @param evolutionMobilityLevel    double, default 0.5, at most closeMobilityLevel: value of a ROME "evolution" mobility from the person's occupation to the vacancy's
 * @param sameDomainLevel           double, default 0.3, at most evolutionMobilityLevel: value of the same professional domain (e.g. F17)
 * @param sameGrandDomainLevel      double, default 0.1, at most sameDomainLevel: value of the same grand domain (e.g. F)
 * @param niceToHaveSkillWeight     double, default 0.4, 0..1: weight of a nice-to-have skill relative to a must-have skill (1)
 * @param skillRarityStrength       double, default 0.5, 0..2: how much rare skills weigh more: a skill listed by n of the N ROME
 *                                  occupations weighs 1 + strength × ln(N / n); 0 makes all skills equal
 * @param experienceSaturationYears double, default 3.0, 0.25..30: years of experience in the occupation that give the full experience value
 *                                  (linear up to there)
 * @param distanceHalfKm            double, default 15.0, 1..300: distance at which the distance value halves (1 at 0 km, 0.5 at
 *                                  this distance, 0.25 at twice)
 * @param availabilityGraceDays     int, default 14, 0..365: a person available up to this many days after the start date still passes
 * @param diplomaOneLevelBelow      double, default 0.5, 0..1: diploma value of a person one level below the requirement (at or above: 1;
 *                                  further below: 0)
 * @param textSaturation            double, default 0.5, 0.05..10: share of the vacancy title's best possible text score that already gives the
 *                                  full text value; lower is more lenient
 * @param clausePriorityPublics     set of publics, default RSA: on an insertion-clause vacancy, people in one of these publics get the
 *                                  priority-public boost
 * @param waitingSaturationMonths   int, default 12, 1..120: months without a proposal that give the full waiting boost (linear up to there)
 * @param commonSkillOccupations    int, default 50, 1..10000: a skill listed by more than this many ROME occupations (e.g.
 *                                  "Coordonner l'activité d'une équipe", 292) is transversal: it still counts in the skill
 *                                  coverage, but sharing it alone does not bring a person into a vacancy's list (nor a
 *                                  vacancy into a person's); a free search's skills always select
 */
public record MatchPolicy(
        double occupationWeight,
        double skillsWeight,
        double experienceWeight,
        double distanceWeight,
        double textWeight,
        double diplomaWeight,
        double priorityPublicWeight,
        double waitingWeight,
        double sameOccupationLevel,
        double closeMobilityLevel,
        double evolutionMobilityLevel,
        double sameDomainLevel,
        double sameGrandDomainLevel,
        double niceToHaveSkillWeight,
        double skillRarityStrength,
        double experienceSaturationYears,
        double distanceHalfKm,
        int availabilityGraceDays,
        double diplomaOneLevelBelow,
        double textSaturation,
        Set<Public> clausePriorityPublics,
        int waitingSaturationMonths,
        int commonSkillOccupations) {

    public MatchPolicy {
        double sum = 0;
        for (Feature feature : Feature.values()) {
            double weight = switch (feature) {
                case OCCUPATION -> occupationWeight;
                case SKILLS -> skillsWeight;
                case EXPERIENCE -> experienceWeight;
                case DISTANCE -> distanceWeight;
                case TEXT -> textWeight;
                case DIPLOMA -> diplomaWeight;
                case PRIORITY_PUBLIC -> priorityPublicWeight;
                case WAITING -> waitingWeight;
            };
            range(feature.weightKey(), weight, 0, 1);
            sum += weight;
        }
        if (Math.abs(sum - 1.0) > 1e-6) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "Match policy: the eight feature weights must add up to 1, they add up to %.6f; "
                            + "lower another weight when you raise one", sum));
        }
        range("sameOccupationLevel", sameOccupationLevel, 0, 1);
        range("closeMobilityLevel", closeMobilityLevel, 0, sameOccupationLevel);
        range("evolutionMobilityLevel", evolutionMobilityLevel, 0, closeMobilityLevel);
        range("sameDomainLevel", sameDomainLevel, 0, evolutionMobilityLevel);
        range("sameGrandDomainLevel", sameGrandDomainLevel, 0, sameDomainLevel);
        range("niceToHaveSkillWeight", niceToHaveSkillWeight, 0, 1);
        range("skillRarityStrength", skillRarityStrength, 0, 2);
        range("experienceSaturationYears", experienceSaturationYears, 0.25, 30);
        range("distanceHalfKm", distanceHalfKm, 1, 300);
        range("availabilityGraceDays", availabilityGraceDays, 0, 365);
        range("diplomaOneLevelBelow", diplomaOneLevelBelow, 0, 1);
        range("textSaturation", textSaturation, 0.05, 10);
        Objects.requireNonNull(clausePriorityPublics,
                "Match policy: clausePriorityPublics must be a set of publics (possibly empty)");
        clausePriorityPublics = clausePriorityPublics.isEmpty() ? Set.of() : Set.copyOf(clausePriorityPublics);
        range("waitingSaturationMonths", waitingSaturationMonths, 1, 120);
        range("commonSkillOccupations", commonSkillOccupations, 1, 10_000);
    }

    /** The département's defaults; docs/ranking.md says why each value. */
    public static MatchPolicy defaults() {
        return new MatchPolicy(0.35, 0.25, 0.08, 0.10, 0.10, 0.04, 0.04, 0.04,
                1.0, 0.75, 0.5, 0.3, 0.1,
                0.4, 0.5, 3.0, 15.0, 14, 0.5, 0.5, EnumSet.of(Public.RSA), 12, 50);
    }

    /** This policy's weight of {@code feature}. */
    public double weight(Feature feature) {
        return switch (feature) {
            case OCCUPATION -> occupationWeight;
            case SKILLS -> skillsWeight;
            case EXPERIENCE -> experienceWeight;
            case DISTANCE -> distanceWeight;
            case TEXT -> textWeight;
            case DIPLOMA -> diplomaWeight;
            case PRIORITY_PUBLIC -> priorityPublicWeight;
            case WAITING -> waitingWeight;
        };
    }

    /** Every setting as configuration text, keyed by component name, in declaration order. */
    public Map<String, String> toProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        for (RecordComponent component : MatchPolicy.class.getRecordComponents()) {
            properties.put(component.getName(), format(read(component)));
        }
        return properties;
    }

    /**
     * This policy with some settings replaced; keys are component names, values configuration text
     * ({@code 0.3}, {@code 14}, {@code RSA,RQTH}; an empty value is an empty set).
     *
     * @throws IllegalArgumentException naming the key, for an unknown key, a value that does not parse, or a
     *                                  resulting policy that breaks a constraint
     */
    public MatchPolicy withOverrides(Map<String, String> overrides) {
        RecordComponent[] components = MatchPolicy.class.getRecordComponents();
        Map<String, RecordComponent> byName = Arrays.stream(components)
                .collect(Collectors.toMap(RecordComponent::getName, c -> c, (a, b) -> a, LinkedHashMap::new));
        for (String key : overrides.keySet()) {
            if (!byName.containsKey(key)) {
                throw new IllegalArgumentException("Unknown match policy setting '" + key + "'; the settings are "
                        + byName.keySet());
            }
        }
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            types[i] = component.getType();
            String text = overrides.get(component.getName());
            values[i] = text == null ? read(component) : parse(component, text.trim());
        }
        try {
            return MatchPolicy.class.getDeclaredConstructor(types).newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Cannot build the match policy", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build the match policy", e);
        }
    }

    private Object read(RecordComponent component) {
        try {
            return component.getAccessor().invoke(this);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read match policy setting " + component.getName(), e);
        }
    }

    private static Object parse(RecordComponent component, String text) {
        String name = component.getName();
        try {
            if (component.getType() == double.class) {
                return Double.parseDouble(text);
            }
            if (component.getType() == int.class) {
                return Integer.parseInt(text);
            }
            Set<Public> publics = EnumSet.noneOf(Public.class);
            for (String item : text.split("[,\\s]+")) {
                if (!item.isEmpty()) {
                    publics.add(Public.valueOf(item.toUpperCase(Locale.ROOT)));
                }
            }
            return publics;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Match policy setting " + name + ": cannot read '" + text + "' as "
                    + (component.getType() == Set.class ? "a comma-separated list of publics "
                    + Arrays.toString(Public.values()) : component.getType().getSimpleName()), e);
        }
    }

    private static String format(Object value) {
        if (value instanceof Set<?> set) {
            return set.stream().map(Object::toString).sorted(Comparator.comparingInt(n -> Public.valueOf(n).ordinal()))
                    .collect(Collectors.joining(","));
        }
        return String.valueOf(value);
    }

    private static void range(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "Match policy setting %s must be between %s and %s, was %s", name, trim(min), trim(max), trim(value)));
        }
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
