package fr.tremplin.api.security.session;

import fr.tremplin.data.session.SessionRow;

import java.time.Instant;

/** Whether a session still lets its token in, and why not. */
public enum SessionVerdict {
    VALID, UNKNOWN, REVOKED, IDLE, EXPIRED, ACCOUNT_INACTIVE, ROLE_CHANGED;

    public static SessionVerdict of(SessionRow row, SessionSettings settings, Instant now) {
        if (row.revokedAt() != null) {
            return REVOKED;
        }
        if (!row.active()) {
            return ACCOUNT_INACTIVE;
        }
        if (!row.sessionRole().equals(row.accountRole())) {
            return ROLE_CHANGED;
        }
        if (!now.isBefore(row.createdAt().plus(settings.absoluteLifetime()))) {
            return EXPIRED;
        }
        if (!now.isBefore(row.lastSeenAt().plus(settings.idleTimeout()))) {
            return IDLE;
        }
        return VALID;
    }
}
