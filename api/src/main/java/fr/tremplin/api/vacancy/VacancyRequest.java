package fr.tremplin.api.vacancy;

import fr.tremplin.api.seeker.Licences;
import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** A vacancy as posted by an employer or an adviser. {@code employerId} defaults to the employer user's own. */
@Serdeable
public record VacancyRequest(
        @Nullable String employerId,
        @NotBlank(message = "obligatoire (code ROME)") String occupation,
        @NotBlank(message = "obligatoire") @Size(max = 200, message = "200 caractères au plus") String title,
        @Nullable @Size(max = 8000, message = "8000 caractères au plus") String description,
        @NotBlank(message = "obligatoire (code INSEE)") @Pattern(regexp = "\\d{5}", message = "code INSEE à 5 chiffres")
        String communeInsee,
        @NotBlank(message = "obligatoire")
        @Pattern(regexp = "CDI|CDD|INTERIM|APPRENTICESHIP|PROFESSIONALISATION|PEC|IAE",
                message = "CDI, CDD, INTERIM, APPRENTICESHIP, PROFESSIONALISATION, PEC ou IAE") String contractType,
        @NotNull(message = "obligatoire") @Min(value = 1, message = "entre 1 et 48 heures")
        @Max(value = 48, message = "entre 1 et 48 heures") Integer hoursPerWeek,
        @Nullable LocalDate startDate,
        @NotNull(message = "obligatoire") @Min(value = 1, message = "au moins 1 poste")
        @Max(value = 500, message = "500 postes au plus") Integer positions,
        @Nullable @Size(max = 30, message = "30 compétences au plus")
        List<@NotBlank(message = "code de compétence vide") String> requiredSkills,
        @Nullable @Size(max = 30, message = "30 compétences au plus")
        List<@NotBlank(message = "code de compétence vide") String> niceToHaveSkills,
        @Nullable @Size(max = 10, message = "10 permis au plus")
        List<@NotNull @Pattern(regexp = Licences.PATTERN, message = Licences.MESSAGE) String> requiredLicences,
        @Nullable @Min(value = 0, message = "niveau de 0 à 8") @Max(value = 8, message = "niveau de 0 à 8")
        Integer minDiplomaLevel,
        @Nullable @Valid InsertionClauseDto insertionClause,
        @Nullable @Pattern(regexp = "OPEN|FILLED|CLOSED", message = "OPEN, FILLED ou CLOSED") String status,
        @Nullable Long version) {

    /**
     * How JSON becomes a request: the read-only fields of a GET body ({@code id, createdAt, updatedAt}) are
     * accepted and ignored, so that a body read with GET can be sent back with PUT; any other
     * unknown property is still refused (400). Declared parameters, not {@code @JsonIgnoreProperties}: micronaut-serde
     * checks those only until every constructor parameter has been read, and refuses the ones after.
     */
    @Creator
    @SuppressWarnings("unused")
    static VacancyRequest fromJson(@Nullable String employerId, @Nullable String occupation, @Nullable String title,
            @Nullable String description, @Nullable String communeInsee, @Nullable String contractType,
            @Nullable Integer hoursPerWeek, @Nullable LocalDate startDate, @Nullable Integer positions,
            @Nullable List<String> requiredSkills, @Nullable List<String> niceToHaveSkills,
            @Nullable List<String> requiredLicences, @Nullable Integer minDiplomaLevel,
            @Nullable InsertionClauseDto insertionClause, @Nullable String status, @Nullable Long version,
            @Nullable Object id, @Nullable Object createdAt, @Nullable Object updatedAt) {
        return new VacancyRequest(employerId, occupation, title, description, communeInsee, contractType,
                hoursPerWeek, startDate, positions, requiredSkills, niceToHaveSkills, requiredLicences,
                minDiplomaLevel, insertionClause, status, version);
    }
}
