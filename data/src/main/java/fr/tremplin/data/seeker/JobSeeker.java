package fr.tremplin.data.seeker;

import fr.tremplin.core.seeker.SeekerStatus;
import fr.tremplin.core.seeker.WorkingTime;
import fr.tremplin.data.common.CodeListConverter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A job seeker coached by an employment unit: the system-of-record row. */
@MappedEntity("job_seeker")
public record JobSeeker(
        @Id String id,
        String externalRef,
        String firstName,
        String lastName,
        LocalDate birthDate,
        @Nullable String email,
        @Nullable String phone,
        String communeInsee,
        int mobilityRadiusKm,
        @TypeDef(type = DataType.STRING, converter = CodeListConverter.class) List<String> licences,
        boolean hasVehicle,
        @TypeDef(type = DataType.STRING, converter = CodeListConverter.class) List<String> targetOccupations,
        @TypeDef(type = DataType.STRING, converter = ExperienceListConverter.class) List<Experience> experiences,
        @TypeDef(type = DataType.STRING, converter = CodeListConverter.class) List<String> skills,
        @Nullable String summary,
        @Nullable Integer diplomaLevel,
        @Nullable LocalDate availableFrom,
        WorkingTime workingTime,
        @TypeDef(type = DataType.STRING, converter = CodeListConverter.class) List<String> publics,
        @MappedProperty("employment_unit_code") String employmentUnit,
        boolean consentToShare,
        SeekerStatus status,
        @Nullable @DateCreated Instant createdAt,
        @Nullable @DateUpdated Instant updatedAt,
        @Nullable @Version Long version) {

    public JobSeeker withIdentity(String newId, @Nullable Long newVersion, @Nullable Instant newCreatedAt) {
        return new JobSeeker(newId, externalRef, firstName, lastName, birthDate, email, phone, communeInsee,
                mobilityRadiusKm, licences, hasVehicle, targetOccupations, experiences, skills, summary, diplomaLevel,
                availableFrom, workingTime, publics, employmentUnit, consentToShare, status, newCreatedAt, updatedAt,
                newVersion);
    }

    public JobSeeker withStatus(SeekerStatus newStatus) {
        return new JobSeeker(id, externalRef, firstName, lastName, birthDate, email, phone, communeInsee,
                mobilityRadiusKm, licences, hasVehicle, targetOccupations, experiences, skills, summary, diplomaLevel,
                availableFrom, workingTime, publics, employmentUnit, consentToShare, newStatus, createdAt, updatedAt,
                version);
    }
}
