package fr.tremplin.data.contact;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;
import java.time.LocalDate;

/** A call or visit of an employment unit to a company (about the company, never about a person). */
@MappedEntity("employer_contact")
public record EmployerContact(
        @Id String id,
        String employerId,
        @MappedProperty("employment_unit_code") String unit,
        String recordedBy,
        LocalDate contactedOn,
        ContactOutcome outcome,
        @Nullable String note,
        @Nullable @DateCreated Instant createdAt) {
}
