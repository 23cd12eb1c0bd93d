package fr.tremplin.api.matching;

import fr.tremplin.core.ranking.MatchPolicy;
import fr.tremplin.core.seeker.Public;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code tremplin.matching.*}: the département's ranking, each key overriding the default of {@link MatchPolicy}
 * (whose Javadoc and docs/ranking.md give each meaning and range; the core checks them and this class names the key of
 * a refused value). Keys may be written {@code distance-half-km} or {@code distanceHalfKm}.
 *
 * @param occupationWeight          {@code occupation-weight} (0..1, default 0.35); the eight weights add up to 1
 * @param skillsWeight              {@code skills-weight} (0..1, default 0.25)
 * @param experienceWeight          {@code experience-weight} (0..1, default 0.08)
 * @param distanceWeight            {@code distance-weight} (0..1, default 0.10)
 * @param textWeight                {@code text-weight} (0..1, default 0.10)
 * @param diplomaWeight             {@code diploma-weight} (0..1, default 0.04)
 * @param priorityPublicWeight      {@code priority-public-weight} (0..1, default 0.04)
 * @param waitingWeight             {@code waiting-weight} (0..1, default 0.04)
 * @param sameOccupationLevel       {@code same-occupation-level} (0..1, default 1.0)
 * @param closeMobilityLevel        {@code close-mobility-level} (at most same-occupation-level, default 0.75)
 * @param evolutionMobilityLevel    {@code evolution-mobility-level} (at most close-mobility-level, default 0.5)
 * @param sameDomainLevel           {@code same-domain-level} (at most evolution-mobility-level, default 0.3)
 * @param sameGrandDomainLevel      {@code same-grand-domain-level} (at most same-domain-level, default 0.1)
 * @param niceToHaveSkillWeight     {@code nice-to-have-skill-weight} (0..1, default 0.4)
 * @param skillRarityStrength       {@code skill-rarity-strength} (0..2, default 0.5)
 * @param experienceSaturationYears {@code experience-saturation-years} (0.25..30, default 3.0)
 * @param distanceHalfKm            {@code distance-half-km} (1..300, default 15.0)
 * @param availabilityGraceDays     {@code availability-grace-days} (int 0..365, default 14)
 * @param diplomaOneLevelBelow      {@code diploma-one-level-below} (0..1, default 0.5)
 * @param textSaturation            {@code text-saturation} (0.05..10, default 0.5)
 * @param clausePriorityPublics     {@code clause-priority-publics} (publics, e.g. {@code RSA,RQTH}, default RSA)
 * @param waitingSaturationMonths   {@code waiting-saturation-months} (int 1..120, default 12)
 * @param commonSkillOccupations    {@code common-skill-occupations} (int 1..10000, default 50)
 */
@ConfigurationProperties(MatchingSettings.PREFIX)
public record MatchingSettings(
        @Nullable Double occupationWeight,
        @Nullable Double skillsWeight,
        @Nullable Double experienceWeight,
        @Nullable Double distanceWeight,
        @Nullable Double textWeight,
        @Nullable Double diplomaWeight,
        @Nullable Double priorityPublicWeight,
        @Nullable Double waitingWeight,
        @Nullable Double sameOccupationLevel,
        @Nullable Double closeMobilityLevel,
        @Nullable Double evolutionMobilityLevel,
        @Nullable Double sameDomainLevel,
        @Nullable Double sameGrandDomainLevel,
        @Nullable Double niceToHaveSkillWeight,
        @Nullable Double skillRarityStrength,
        @Nullable Double experienceSaturationYears,
        @Nullable Double distanceHalfKm,
        @Nullable Integer availabilityGraceDays,
        @Nullable Double diplomaOneLevelBelow,
        @Nullable Double textSaturation,
        @Nullable List<String> clausePriorityPublics,
        @Nullable Integer waitingSaturationMonths,
        @Nullable Integer commonSkillOccupations) {

    static final String PREFIX = "tremplin.matching";

    /** The defaults with these values in place. */
    public MatchPolicy policy() {
        MatchPolicy d = MatchPolicy.defaults();
        try {
            return new MatchPolicy(
                    or(occupationWeight, d.occupationWeight()), or(skillsWeight, d.skillsWeight()),
                    or(experienceWeight, d.experienceWeight()), or(distanceWeight, d.distanceWeight()),
                    or(textWeight, d.textWeight()), or(diplomaWeight, d.diplomaWeight()),
                    or(priorityPublicWeight, d.priorityPublicWeight()), or(waitingWeight, d.waitingWeight()),
                    or(sameOccupationLevel, d.sameOccupationLevel()), or(closeMobilityLevel, d.closeMobilityLevel()),
                    or(evolutionMobilityLevel, d.evolutionMobilityLevel()), or(sameDomainLevel, d.sameDomainLevel()),
                    or(sameGrandDomainLevel, d.sameGrandDomainLevel()),
                    or(niceToHaveSkillWeight, d.niceToHaveSkillWeight()),
                    or(skillRarityStrength, d.skillRarityStrength()),
                    or(experienceSaturationYears, d.experienceSaturationYears()),
                    or(distanceHalfKm, d.distanceHalfKm()), or(availabilityGraceDays, d.availabilityGraceDays()),
                    or(diplomaOneLevelBelow, d.diplomaOneLevelBelow()), or(textSaturation, d.textSaturation()),
                    clausePriorityPublics == null ? d.clausePriorityPublics() : publics(clausePriorityPublics),
                    or(waitingSaturationMonths, d.waitingSaturationMonths()),
                    or(commonSkillOccupations, d.commonSkillOccupations()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Configuration " + PREFIX + ": " + e.getMessage(), e);
        }
    }

    private static <T> T or(@Nullable T value, T fallback) {
        return value == null ? fallback : value;
    }

    /** {@code RSA,RQTH} or a list; empty means no public. */
    private static Set<Public> publics(List<String> names) {
        Set<Public> publics = EnumSet.noneOf(Public.class);
        for (String name : names) {
            for (String item : name.split("[,\\s]+")) {
                if (item.isEmpty()) {
                    continue;
                }
                try {
                    publics.add(Public.valueOf(item.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("Match policy setting clausePriorityPublics: cannot read '"
                            + item + "' as a public " + List.of(Public.values()), e);
                }
            }
        }
        return publics;
    }
}
