package fr.tremplin.api.vacancy;

import fr.tremplin.data.vacancy.Vacancy;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Serdeable
public record VacancyResponse(
        String id, long version, String employerId, String occupation, String title, @Nullable String description,
        String communeInsee, String contractType, int hoursPerWeek, @Nullable LocalDate startDate, int positions,
        List<String> requiredSkills, List<String> niceToHaveSkills, List<String> requiredLicences,
        @Nullable Integer minDiplomaLevel, @Nullable InsertionClauseDto insertionClause, String status,
        @Nullable Instant createdAt, @Nullable Instant updatedAt) {

    public static VacancyResponse of(Vacancy v) {
        InsertionClauseDto clause = v.insertionContractRef() == null ? null
                : new InsertionClauseDto(v.insertionContractRef(), v.insertionHours());
        return new VacancyResponse(v.id(), v.version() == null ? 0 : v.version(), v.employerId(), v.occupation(),
                v.title(), v.description(), v.communeInsee(), v.contractType().name(), v.hoursPerWeek(), v.startDate(),
                v.positions(), v.requiredSkills(), v.niceToHaveSkills(), v.requiredLicences(), v.minDiplomaLevel(),
                clause, v.status().name(), v.createdAt(), v.updatedAt());
    }
}
