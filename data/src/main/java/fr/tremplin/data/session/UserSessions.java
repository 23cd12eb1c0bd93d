package fr.tremplin.data.session;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The server-side sessions table ({@code user_session}), keyed by the token's jti. The rows read lately are
 * remembered in memory ({@link #remembered}) so that a session can still be checked while the database is away;
 * revoking a session or an account forgets them at once.
 */
@Singleton
public class UserSessions {
    private static final int REMEMBERED = 10_000;

    private record Remembered(SessionRow row, Instant readAt) {
    }

    private final JdbcOperations jdbc;
    private final Clock clock;
    private final Map<String, Remembered> recent = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Remembered> eldest) {
            return size() > REMEMBERED;
        }
    };

    public UserSessions(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Opens a session for an active account and returns its id (the token's jti); empty when the account is inactive. */
    @Transactional
    public Optional<String> open(String userId, String role) {
        String jti = UUID.randomUUID().toString();
        Timestamp now = Timestamp.from(clock.instant());
        int rows = jdbc.prepareStatement("""
                INSERT INTO user_session (jti, user_id, role, created_at, last_seen_at)
                SELECT ?, id, ?, ?, ? FROM app_user WHERE id = ? AND active""", ps -> {
            ps.setString(1, jti);
            ps.setString(2, role);
            ps.setTimestamp(3, now);
            ps.setTimestamp(4, now);
            ps.setString(5, userId);
            return ps.executeUpdate();
        });
        return rows == 1 ? Optional.of(jti) : Optional.empty();
    }

    /** One statement on a connection of its own (autocommit): a transaction would add three round trips to every request. */
    @Connectable
    public Optional<SessionRow> find(String jti) {
        return jdbc.prepareStatement("""
                SELECT s.jti, s.user_id, s.role, s.created_at, s.last_seen_at, s.revoked_at, u.role, u.active
                FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE s.jti = ?""", ps -> {
            ps.setString(1, jti);
            try (var rs = ps.executeQuery()) {
                if (!rs.next()) {
                    forget(jti);
                    return Optional.empty();
                }
                Timestamp revoked = rs.getTimestamp(6);
                SessionRow row = new SessionRow(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant(),
                        revoked == null ? null : revoked.toInstant(), rs.getString(7), rs.getBoolean(8));
                synchronized (recent) {
                    recent.put(jti, new Remembered(row, clock.instant()));
                }
                return Optional.of(row);
            }
        });
    }

    /**
     * The row of {@code jti} as {@link #find} last read it, if that was less than {@code maxAge} ago: for checking
     * a session while the database is away (the caller decides; nothing here reads the database).
     */
    public Optional<SessionRow> remembered(String jti, Duration maxAge) {
        Instant oldest = clock.instant().minus(maxAge);
        synchronized (recent) {
            Remembered r = recent.get(jti);
            return r == null || r.readAt().isBefore(oldest) ? Optional.empty() : Optional.of(r.row());
        }
    }

    private void forget(String jti) {
        synchronized (recent) {
            recent.remove(jti);
        }
    }

    private void forgetAllOf(String userId) {
        synchronized (recent) {
            recent.values().removeIf(r -> r.row().userId().equals(userId));
        }
    }

    /** Records activity on the session (callers limit this to about once a minute). */
    @Transactional
    public void touch(String jti, Instant at) {
        update("UPDATE user_session SET last_seen_at = ? WHERE jti = ? AND revoked_at IS NULL", at, jti);
    }

    /** Revokes the session at once; true when it was open. */
    @Transactional
    public boolean revoke(String jti) {
        forget(jti);
        return update("UPDATE user_session SET revoked_at = ? WHERE jti = ? AND revoked_at IS NULL",
                clock.instant(), jti) > 0;
    }

    /** Revokes every open session of an account (deactivation, password change). */
    @Transactional
    public int revokeAllOf(String userId) {
        forgetAllOf(userId);
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.prepareStatement("UPDATE user_session SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL",
                ps -> {
                    ps.setTimestamp(1, now);
                    ps.setString(2, userId);
                    return ps.executeUpdate();
                });
    }

    /** Deletes sessions opened before {@code now - keep}: they can no longer be valid. */
    @Transactional
    public int purgeOlderThan(Duration keep) {
        Timestamp limit = Timestamp.from(clock.instant().minus(keep));
        return jdbc.prepareStatement("DELETE FROM user_session WHERE created_at < ?", ps -> {
            ps.setTimestamp(1, limit);
            return ps.executeUpdate();
        });
    }

    /** Sets the account's active flag (the account administration of a later issue uses it). */
    @Transactional
    public void setActive(String userId, boolean active) {
        forgetAllOf(userId);
        jdbc.prepareStatement("UPDATE app_user SET active = ? WHERE id = ?", ps -> {
            ps.setBoolean(1, active);
            ps.setString(2, userId);
            return ps.executeUpdate();
        });
    }

    private int update(String sql, Instant at, String jti) {
        return jdbc.prepareStatement(sql, ps -> {
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setString(2, jti);
            return ps.executeUpdate();
        });
    }
}
