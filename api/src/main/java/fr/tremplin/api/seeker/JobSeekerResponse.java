package fr.tremplin.api.seeker;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Serdeable
public record JobSeekerResponse(
        String id,
        long version,
        String externalRef,
        String firstName,
        String lastName,
        LocalDate birthDate,
        @Nullable String email,
        @Nullable String phone,
        String communeInsee,
        int mobilityRadiusKm,
        List<String> licences,
        boolean hasVehicle,
        List<String> targetOccupations,
        List<ExperienceDto> experiences,
        List<String> skills,
        @Nullable String summary,
        @Nullable Integer diplomaLevel,
        @Nullable LocalDate availableFrom,
        String workingTime,
        List<String> publics,
        String employmentUnit,
        boolean consentToShare,
        String status,
        List<EligibilityDto> eligibility,
        @Nullable Instant createdAt,
        @Nullable Instant updatedAt) {
}
