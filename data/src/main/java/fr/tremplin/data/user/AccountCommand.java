package fr.tremplin.data.user;

import io.micronaut.core.annotation.Nullable;

/**
 * What an administrator writes about an account (API and admin pages alike); checked by {@link AccountService}.
 *
 * @param role   ADVISER, UNIT_MANAGER, EMPLOYER or ADMIN (a string: an unknown name is a 422 naming the field)
 * @param active null keeps the current state (true for a new account)
 */
public record AccountCommand(@Nullable String username, @Nullable String displayName, @Nullable String email,
                             @Nullable String role, @Nullable String employmentUnit, @Nullable String employerId,
                             @Nullable Boolean active) {
}
