package fr.tremplin.api.account;

import fr.tremplin.data.user.AppUser;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** An account as the API shows it (never its password hash). */
@Serdeable
public record AccountResponse(String id, String username, String displayName, @Nullable String email, String role,
                              @Nullable String employmentUnit, @Nullable String employerId, boolean active,
                              boolean shortlistReminders, boolean demo, @Nullable Instant createdAt,
                              @Nullable Instant updatedAt, @Nullable Long version) {

    public static AccountResponse of(AppUser u) {
        return new AccountResponse(u.id(), u.username(), u.displayName(), u.email(), u.role().name(),
                u.employmentUnit(), u.employerId(), u.active(), u.shortlistReminders(), u.demo(), u.createdAt(),
                u.updatedAt(), u.version());
    }
}
