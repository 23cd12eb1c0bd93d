package fr.tremplin.data.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.Version;

import java.time.Instant;

/**
 * A person who logs in: adviser, unit manager, employer user or administrator.
 *
 * @param email              where the account's mails go (invitation, password reset, shortlists)
 * @param active             false: the account cannot log in and its sessions have ended
 * @param shortlistReminders employer users: whether they get the reminder of an unanswered shortlist
 */
@MappedEntity("app_user")
public record AppUser(
        @Id String id,
        String username,
        String passwordHash,
        String displayName,
        Role role,
        @Nullable @MappedProperty("employment_unit_code") String employmentUnit,
        @Nullable String employerId,
        @Nullable String email,
        boolean active,
        boolean shortlistReminders,
        boolean demo,
        @Nullable @DateCreated Instant createdAt,
        @Nullable @DateUpdated Instant updatedAt,
        @Nullable @Version Long version) {

    public AppUser withPasswordHash(String hash) {
        return new AppUser(id, username, hash, displayName, role, employmentUnit, employerId, email, active,
                shortlistReminders, demo, createdAt, updatedAt, version);
    }

    public AppUser withShortlistReminders(boolean wanted) {
        return new AppUser(id, username, passwordHash, displayName, role, employmentUnit, employerId, email, active,
                wanted, demo, createdAt, updatedAt, version);
    }
}
