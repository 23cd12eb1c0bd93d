package fr.tremplin.api.account;

import fr.tremplin.data.common.InvalidDataException;
import fr.tremplin.data.user.AccountService;
import fr.tremplin.data.user.AppUserRepository;
import fr.tremplin.data.common.NotFoundException;
import fr.tremplin.data.user.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code GET|PUT /api/v1/me/mail-preferences}: an employer user's choice about the reminder mailed when a shortlist
 * waits for an answer (the mail of a new shortlist is always sent).
 */
@Controller("/api/v1/me/mail-preferences")
@Secured(Role.EMPLOYER_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Comptes")
public class MailPreferencesController {
    private final AccountService accounts;
    private final AppUserRepository users;

    public MailPreferencesController(AccountService accounts, AppUserRepository users) {
        this.accounts = accounts;
        this.users = users;
    }

    /** {@code shortlistReminders}: whether the reminder of an unanswered shortlist is mailed to this user. */
    @Serdeable
    public record MailPreferences(@Nullable Boolean shortlistReminders) {
    }

    @Operation(summary = "Mes préférences de courriels (employeur)")
    @Get
    public MailPreferences get(Authentication authentication) {
        return new MailPreferences(users.findByUsername(authentication.getName())
                .orElseThrow(() -> new NotFoundException("Le compte", authentication.getName())).shortlistReminders());
    }

    @Operation(summary = "Recevoir ou non les rappels des sélections sans réponse (employeur)")
    @Put
    public MailPreferences update(@Body MailPreferences preferences, Authentication authentication) {
        if (preferences.shortlistReminders() == null) {
            throw new InvalidDataException("shortlistReminders", "obligatoire : true ou false");
        }
        return new MailPreferences(accounts.setShortlistReminders(authentication.getName(),
                preferences.shortlistReminders()).shortlistReminders());
    }
}
