package fr.tremplin.data.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.Version;

import java.time.Instant;

/** A person who logs in: adviser, unit manager, employer user or administrator. */
@MappedEntity("app_user")
public record AppUser(
        @Id String id,
        String username,
        String passwordHash,
        String displayName,
        Role role,
        @Nullable @MappedProperty("employment_unit_code") String employmentUnit,
        @Nullable String employerId,
        boolean demo,
        @Nullable @DateCreated Instant createdAt,
        @Nullable @DateUpdated Instant updatedAt,
        @Nullable @Version Long version) {
}
