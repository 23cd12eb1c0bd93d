package fr.tremplin.data.session;

import fr.tremplin.data.common.Deadlocks;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * Login attempts per key ({@code login_failure}): the count of recent attempts not (yet) known to have succeeded,
 * and until when the key is closed. Shared by every node on the database. The keys are the caller's (keyed hashes of
 * a name or an address: V11's comment still says SHA-256, and a migration is not edited once applied).
 *
 * <p>An attempt is counted <em>before</em> its password is checked, in the same transaction as the check that its
 * keys are open, under the rows' locks ({@link #attempt}): logins sent at once, to one node or to several, queue on
 * those locks, and once a count closes a key the attempts behind it find it closed. (Checking first and counting after
 * the password let every attempt sent at once pass the check before the first failure was counted.) A success then
 * clears its account's count and gives its address its attempt back ({@link #giveBack}).
 *
 * <p>Times are written and read as UTC date-times ({@link #utc}), whatever each node's JVM zone: a
 * {@code java.sql.Timestamp} is converted through the JVM's zone, and a node in another zone would read hours off.
 */
@Singleton
public class LoginFailures {
    /** The end of closure of a key that is not closed (in the past of every attempt). */
    static final LocalDateTime OPEN = LocalDateTime.of(1970, 1, 1, 0, 0);
    /** A deadlock between two attempts (MariaDB rolls one back) is retried this many times in all. */
    private static final int TRIES = 5;

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;

    public LoginFailures(JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * What an attempt found.
     *
     * @param closedUntil the later end of closure of its keys when either was closed (then nothing was counted)
     * @param counts      each key's count, this attempt included (empty when closed)
     */
    public record Attempt(Optional<Instant> closedUntil, Map<String, Integer> counts) {
        public boolean refused() {
            return closedUntil.isPresent();
        }

        /** The key's count with this attempt; 0 when the attempt was refused. */
        public int count(String key) {
            return counts.getOrDefault(key, 0);
        }
    }

    /**
     * A key and the end of closure its new count gives; an instant not after the attempt's own means that the count
     * does not close the key (then {@link #OPEN} is written: a concurrent attempt whose clock was read a little earlier
     * must not find the key closed until this attempt's time).
     */
    public record Key(String key, IntFunction<Instant> closing) {
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
     * Counts an attempt at {@code now} on every key (from 1 again for a key whose last attempt was before
     * {@code forgetBefore}) and closes each until its {@link Key#closing} gives for the new count; unless a key is
     * closed at {@code now}: then nothing is counted and the later end of closure is returned. One transaction under
     * the keys' row locks, taken in the keys' order.
     */
    public Attempt attempt(List<Key> keys, Instant now, Instant forgetBefore) {
        for (int tries = 1; ; tries++) {
            try {
                return transactions.executeWrite(status -> attemptOnce(keys, now, forgetBefore));
            } catch (RuntimeException e) {
                if (tries >= TRIES || !Deadlocks.isDeadlock(e)) {
                    throw e;
                }
            }
        }
    }

    private Attempt attemptOnce(List<Key> keys, Instant now, Instant forgetBefore) {
        LocalDateTime at = utc(now);
        Map<String, Key> byKey = new TreeMap<>();
        keys.forEach(key -> byKey.putIfAbsent(key.key(), key));
        List<Key> ordered = List.copyOf(byKey.values());
        Map<String, Row> rows = new HashMap<>();
        for (Key key : ordered) { // the row created if missing (not yet counted), then locked
            jdbc.prepareStatement("""
                    INSERT INTO login_failure (throttle_key, failures, last_at, closed_until) VALUES (?, 0, ?, ?)
                    ON DUPLICATE KEY UPDATE failures = failures""", ps -> {
                ps.setString(1, key.key());
                ps.setObject(2, at);
                ps.setObject(3, OPEN);
                return ps.executeUpdate();
            });
            rows.put(key.key(), jdbc.prepareStatement(
                    "SELECT failures, last_at, closed_until FROM login_failure WHERE throttle_key = ? FOR UPDATE", ps -> {
                        ps.setString(1, key.key());
                        try (ResultSet rs = ps.executeQuery()) {
                            if (!rs.next()) {
                                throw new IllegalStateException("the attempt's row was not written");
                            }
                            return new Row(rs.getInt(1), rs.getObject(2, LocalDateTime.class),
                                    rs.getObject(3, LocalDateTime.class));
                        }
                    }));
        }
        Optional<LocalDateTime> closed = rows.values().stream().map(Row::closedUntil).filter(u -> u.isAfter(at))
                .max(LocalDateTime::compareTo);
        if (closed.isPresent()) {
            return new Attempt(closed.map(u -> u.toInstant(ZoneOffset.UTC)), Map.of());
        }
        LocalDateTime forget = utc(forgetBefore);
        Map<String, Integer> counts = new HashMap<>();
        for (Key key : ordered) {
            Row row = rows.get(key.key());
            int count = row.lastAt().isBefore(forget) ? 1 : row.failures() + 1;
            LocalDateTime last = row.lastAt().isAfter(at) ? row.lastAt() : at;
            LocalDateTime until = utc(key.closing().apply(count));
            jdbc.prepareStatement(
                    "UPDATE login_failure SET failures = ?, last_at = ?, closed_until = ? WHERE throttle_key = ?", ps -> {
                        ps.setInt(1, count);
                        ps.setObject(2, last);
                        ps.setObject(3, until.isAfter(at) ? until : OPEN);
                        ps.setString(4, key.key());
                        return ps.executeUpdate();
                    });
            counts.put(key.key(), count);
        }
        return new Attempt(Optional.empty(), Map.copyOf(counts));
    }

    private record Row(int failures, LocalDateTime lastAt, LocalDateTime closedUntil) {
    }

    /**
     * Takes back one attempt counted on the key (its login succeeded); a closure its count set stays (a key closes
     * only past its free attempts, all of which but this one failed).
     */
    @Transactional
    public void giveBack(String key) {
        jdbc.prepareStatement("UPDATE login_failure SET failures = GREATEST(failures - 1, 0) WHERE throttle_key = ?",
                ps -> {
                    ps.setString(1, key);
                    return ps.executeUpdate();
                });
    }

    /** Forgets the key's attempts (a successful login clears its account's). */
    @Transactional
    public void clear(String key) {
        jdbc.prepareStatement("DELETE FROM login_failure WHERE throttle_key = ?", ps -> {
            ps.setString(1, key);
            return ps.executeUpdate();
        });
    }

    /**
     * Deletes the keys whose last attempt is before {@code lastBefore} (counted from 1 again anyway) and which are no
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
