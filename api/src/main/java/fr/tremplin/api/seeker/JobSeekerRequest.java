package fr.tremplin.api.seeker;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * A job seeker as written by an adviser. Shape is checked here (400); meaning against the referential
 * and the rules is checked by {@link JobSeekerChecks} (422). {@code version} is required on update.
 */
@Serdeable
public record JobSeekerRequest(
        @NotBlank(message = "obligatoire") @Size(max = 40, message = "40 caractères au plus")
        @Pattern(regexp = "[A-Za-z0-9._-]*", message = "lettres, chiffres, '.', '_' ou '-' uniquement")
        String externalRef,
        @NotBlank(message = "obligatoire") @Size(max = 80, message = "80 caractères au plus") String firstName,
        @NotBlank(message = "obligatoire") @Size(max = 80, message = "80 caractères au plus") String lastName,
        @NotNull(message = "obligatoire (AAAA-MM-JJ)") LocalDate birthDate,
        @Nullable @Email(message = "adresse électronique invalide") @Size(max = 200, message = "200 caractères au plus")
        String email,
        @Nullable @Pattern(regexp = "\\+?[0-9][0-9 .]{5,18}", message = "numéro de téléphone invalide") String phone,
        @NotBlank(message = "obligatoire (code INSEE)") @Pattern(regexp = "\\d{5}", message = "code INSEE à 5 chiffres")
        String communeInsee,
        @NotNull(message = "obligatoire (en km)") Integer mobilityRadiusKm,
        @Nullable @Size(max = 10, message = "10 permis au plus")
        List<@NotNull @Pattern(regexp = Licences.PATTERN, message = Licences.MESSAGE) String> licences,
        @Nullable Boolean hasVehicle,
        @Nullable @Size(max = 5, message = "5 métiers visés au plus")
        List<@NotBlank(message = "code ROME vide") String> targetOccupations,
        @Nullable @Size(max = 20, message = "20 expériences au plus") List<@NotNull @Valid ExperienceDto> experiences,
        @Nullable @Size(max = 100, message = "100 compétences au plus")
        List<@NotBlank(message = "code de compétence vide") String> skills,
        @Nullable @Size(max = 4000, message = "4000 caractères au plus") String summary,
        @Nullable @Min(value = 0, message = "niveau de 0 à 8") @Max(value = 8, message = "niveau de 0 à 8")
        Integer diplomaLevel,
        @Nullable LocalDate availableFrom,
        @Nullable @Pattern(regexp = "FULL_TIME|PART_TIME|ANY", message = "FULL_TIME, PART_TIME ou ANY") String workingTime,
        @Nullable List<@NotNull @Pattern(regexp = "RSA|YOUTH_UNDER_26|RQTH|LONG_TERM_UNEMPLOYED|SENIOR_50_PLUS|QPV_RESIDENT",
                message = "RSA, YOUTH_UNDER_26, RQTH, LONG_TERM_UNEMPLOYED, SENIOR_50_PLUS ou QPV_RESIDENT") String> publics,
        @NotBlank(message = "obligatoire (code d'unité emploi)") String employmentUnit,
        @NotNull(message = "obligatoire (true ou false)") Boolean consentToShare,
        @Nullable @Pattern(regexp = "ACTIVE|PLACED|PAUSED|EXITED", message = "ACTIVE, PLACED, PAUSED ou EXITED") String status,
        @Nullable Long version) {

    /**
     * How JSON becomes a request: the read-only fields of a GET body ({@code id, eligibility, createdAt,
     * updatedAt}) are accepted and ignored, so that a body read with GET can be sent back with PUT; any other
     * unknown property is still refused (400). Declared parameters, not {@code @JsonIgnoreProperties}: micronaut-serde
     * checks those only until every constructor parameter has been read, and refuses the ones after.
     */
    @Creator
    @SuppressWarnings("unused")
    static JobSeekerRequest fromJson(@Nullable String externalRef, @Nullable String firstName,
            @Nullable String lastName, @Nullable LocalDate birthDate, @Nullable String email, @Nullable String phone,
            @Nullable String communeInsee, @Nullable Integer mobilityRadiusKm, @Nullable List<String> licences,
            @Nullable Boolean hasVehicle, @Nullable List<String> targetOccupations,
            @Nullable List<ExperienceDto> experiences, @Nullable List<String> skills, @Nullable String summary,
            @Nullable Integer diplomaLevel, @Nullable LocalDate availableFrom, @Nullable String workingTime,
            @Nullable List<String> publics, @Nullable String employmentUnit, @Nullable Boolean consentToShare,
            @Nullable String status, @Nullable Long version, @Nullable Object id, @Nullable Object eligibility,
            @Nullable Object createdAt, @Nullable Object updatedAt) {
        return new JobSeekerRequest(externalRef, firstName, lastName, birthDate, email, phone, communeInsee,
                mobilityRadiusKm, licences, hasVehicle, targetOccupations, experiences, skills, summary, diplomaLevel,
                availableFrom, workingTime, publics, employmentUnit, consentToShare, status, version);
    }
}
