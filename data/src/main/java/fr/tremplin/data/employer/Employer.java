package fr.tremplin.data.employer;

import fr.tremplin.core.employer.EmployerKind;
import fr.tremplin.core.employer.Sector;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;

/** A company, employer group (GEIQ), integration employer (SIAE) or public buyer. */
@MappedEntity("employer")
public record Employer(
        @Id String id,
        String siret,
        String name,
        EmployerKind kind,
        Sector sector,
        String communeInsee,
        @Nullable String nafCode,
        @Nullable @DateCreated Instant createdAt,
        @Nullable @DateUpdated Instant updatedAt,
        @Nullable @Version Long version) {
}
