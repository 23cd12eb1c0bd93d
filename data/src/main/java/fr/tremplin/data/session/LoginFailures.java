package fr.tremplin.data.session;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Failed logins per key ({@code login_failure}): the count of recent failures and until when the key is closed.
 * Shared by every node on the database. The keys are the caller's (keyed hashes of a name or an address: V11's
 * comment still says SHA-256, and a migration is not edited once applied). A failure is counted with one upsert whose
 * row lock serialises the failures of one key, so concurrent failures on several nodes all count. Times are written
 * and read as UTC date-times ({@link #utc}), whatever each node's JVM zone: a {@code java.sql.Timestamp} is converted
 * through the JVM's zone, and a node in another zone would read hours off.
 */
@Singleton
public class LoginFailures {
    private final JdbcOperations jdbc;

    public LoginFailures(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest end of closure of either key, if either has a row (one statement: no transaction). */
    @Connectable
    public Optional<Instant> closedUntil(String firstKey, String secondKey) {
        return jdbc.prepareStatement("SELECT MAX(closed_until) FROM login_failure WHERE throttle_key IN (?, ?)", ps -> {
            ps.setString(1, firstKey);
            ps.setString(2, secondKey);
            try (ResultSet rs = ps.executeQuery()) {
                LocalDateTime until = rs.next() ? rs.getObject(1, LocalDateTime.class) : null;
                return Optional.ofNullable(until).map(u -> u.toInstant(ZoneOffset.UTC));
            }
        });
    }

    /**
     * Counts a failure of {@code key} at {@code now} (from 1 again when its last failure was before
     * {@code forgetBefore}), closes the key until {@code closing} gives for the new count, and returns that count.
     */
    @Transactional
    public int count(String key, Instant now, Instant forgetBefore, IntFunction<Instant> closing) {
        LocalDateTime at = utc(now);
        // MariaDB assigns left to right: failures is computed with the previous last_at
        jdbc.prepareStatement("""
                INSERT INTO login_failure (throttle_key, failures, last_at, closed_until) VALUES (?, 1, ?, ?)
                ON DUPLICATE KEY UPDATE failures = IF(last_at < ?, 1, failures + 1),
                                        last_at = GREATEST(last_at, VALUES(last_at))""", ps -> {
            ps.setString(1, key);
            ps.setObject(2, at);
            ps.setObject(3, at);
            ps.setObject(4, utc(forgetBefore));
            return ps.executeUpdate();
        });
        int failures = jdbc.prepareStatement("SELECT failures FROM login_failure WHERE throttle_key = ?", ps -> {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("the failure just counted has no row");
                }
                return rs.getInt(1);
            }
        });
        jdbc.prepareStatement("UPDATE login_failure SET closed_until = ? WHERE throttle_key = ?", ps -> {
            ps.setObject(1, utc(closing.apply(failures)));
            ps.setString(2, key);
            return ps.executeUpdate();
        });
        return failures;
    }

    /** Forgets the key's failures (a successful login clears its account's). */
    @Transactional
    public void clear(String key) {
        jdbc.prepareStatement("DELETE FROM login_failure WHERE throttle_key = ?", ps -> {
            ps.setString(1, key);
            return ps.executeUpdate();
        });
    }

    /**
     * Deletes the keys whose last failure is before {@code lastBefore} (counted from 1 again anyway) and which are no
     * longer closed at {@code now} (a closure may outlast the forgetting when that is set shorter than the longest
     * delay).
     */
    @Transactional
    public int purge(Instant lastBefore, Instant now) {
        return jdbc.prepareStatement("DELETE FROM login_failure WHERE last_at < ? AND closed_until <= ?", ps -> {
            ps.setObject(1, utc(lastBefore));
            ps.setObject(2, utc(now));
            return ps.executeUpdate();
        });
    }

    /** An instant as the zone-less UTC date-time the table holds (microseconds kept, as DATETIME(6)). */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
