package fr.tremplin.data.user;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * {@code tremplin.accounts.*}.
 *
 * @param invitationValidFor {@code tremplin.accounts.invitation-valid-for} (duration, default 24h): how long the link
 *                           of a new account's invitation sets a password
 * @param resetValidFor      {@code tremplin.accounts.reset-valid-for} (duration, default 1h): how long a password
 *                           reset link works
 * @param resetMinInterval   {@code tremplin.accounts.reset-min-interval} (duration, default 2m): a new reset request
 *                           for the same account within this delay sends nothing (the previous link still works)
 */
@ConfigurationProperties("tremplin.accounts")
public record AccountSettings(
        @Bindable(defaultValue = "24h") Duration invitationValidFor,
        @Bindable(defaultValue = "1h") Duration resetValidFor,
        @Bindable(defaultValue = "2m") Duration resetMinInterval) {

    public Duration validFor(TokenPurpose purpose) {
        return purpose == TokenPurpose.INVITATION ? invitationValidFor : resetValidFor;
    }
}
