package fr.tremplin.api.account;

import fr.tremplin.data.user.AccountCommand;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An account as an administrator writes it ({@code POST /api/v1/accounts}, {@code PUT /api/v1/accounts/{id}}); the
 * rules (required unit or employer by role, known codes, address) are checked by the service, 422 naming each field.
 *
 * @param active  PUT only: false deactivates, true reactivates; a new account is always active
 * @param version PUT only, optional: the version read, refused with 409 when the account changed since
 */
@Serdeable
public record AccountRequest(@Nullable String username, @Nullable String displayName, @Nullable String email,
                             @Nullable String role, @Nullable String employmentUnit, @Nullable String employerId,
                             @Nullable Boolean active, @Nullable Long version) {

    AccountCommand command() {
        return new AccountCommand(username, displayName, email, role, employmentUnit, employerId, active);
    }
}
