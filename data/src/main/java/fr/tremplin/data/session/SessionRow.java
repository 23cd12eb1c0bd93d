package fr.tremplin.data.session;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * A server-side session joined with its account.
 *
 * @param sessionRole  the role the account had when the session was opened
 * @param accountRole  the account's role now
 * @param active       whether the account is still active
 */
public record SessionRow(String jti, String userId, String sessionRole, Instant createdAt, Instant lastSeenAt,
                         @Nullable Instant revokedAt, String accountRole, boolean active) {
}
