package fr.tremplin.data.vacancy;

import fr.tremplin.core.vacancy.ContractType;
import fr.tremplin.core.vacancy.VacancyStatus;
import fr.tremplin.data.common.CodeListConverter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A vacancy (need) posted by an employer. */
@MappedEntity("vacancy")
public record Vacancy(
        @Id String id,
        String employerId,
        String occupation,
        String title,
        @Nullable String description,
        String communeInsee,
        ContractType contractType,
        int hoursPerWeek,
        @Nullable LocalDate startDate,
        int positions,
        @TypeDef(type = DataType.STRING, converter = CodeListConverter.class) List<String> requiredSkills,
        @TypeDef(type = DataType.STRING, converter = CodeListConverter.class) List<String> niceToHaveSkills,
        @TypeDef(type = DataType.STRING, converter = CodeListConverter.class) List<String> requiredLicences,
        @Nullable Integer minDiplomaLevel,
        @Nullable String insertionContractRef,
        @Nullable Integer insertionHours,
        VacancyStatus status,
        @Nullable @DateCreated Instant createdAt,
        @Nullable @DateUpdated Instant updatedAt,
        @Nullable @Version Long version) {

    public Vacancy withIdentity(String newId, @Nullable Long newVersion, @Nullable Instant newCreatedAt) {
        return new Vacancy(newId, employerId, occupation, title, description, communeInsee, contractType, hoursPerWeek,
                startDate, positions, requiredSkills, niceToHaveSkills, requiredLicences, minDiplomaLevel,
                insertionContractRef, insertionHours, status, newCreatedAt, updatedAt, newVersion);
    }
}
