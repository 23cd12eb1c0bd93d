package fr.tremplin.api.shortlist;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/**
 * The pseudonymised profile an employer sees: what the person can do and where from, never who the person
 * is (no last name, birth date, address, contact details, priority publics or free-text summary).
 *
 * @param distanceKm  from the person's commune to the workplace
 * @param eligibility programmes the person can enter (PEC, IAE, GEIQ...), without the rule that grants them
 * @param skillMatch  the vacancy's required and nice-to-have skills the person has and lacks (null without vacancy)
 */
@Serdeable
public record CandidateProfile(
        List<LabeledCode> targetOccupations,
        List<ExperienceView> experiences,
        List<LabeledCode> skills,
        List<String> licences,
        boolean hasVehicle,
        @Nullable Integer diplomaLevel,
        @Nullable LocalDate availableFrom,
        String workingTime,
        @Nullable Double distanceKm,
        List<String> eligibility,
        @Nullable SkillMatch skillMatch) {
}
