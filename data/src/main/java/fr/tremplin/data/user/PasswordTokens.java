package fr.tremplin.data.user;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * One-time password links ({@code password_token}): 256 random bits, only their SHA-256 stored, spent by the first
 * successful use (an atomic update), void after their delay.
 */
@Singleton
public class PasswordTokens {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Longest token accepted (43 characters are issued): anything longer is not looked up. */
    private static final int MAX_LENGTH = 100;

    private final JdbcOperations jdbc;
    private final AccountSettings settings;
    private final Clock clock;

    public PasswordTokens(JdbcOperations jdbc, AccountSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** A new token for the account, in the caller's transaction; the only time the token itself is known. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public String issue(String userId, TokenPurpose purpose) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        jdbc.prepareStatement("INSERT INTO password_token (token_hash, user_id, purpose, created_at, expires_at)"
                + " VALUES (?, ?, ?, ?, ?)", ps -> {
            ps.setString(1, hash(token));
            ps.setString(2, userId);
            ps.setString(3, purpose.name());
            ps.setTimestamp(4, Timestamp.from(now));
            ps.setTimestamp(5, Timestamp.from(now.plus(settings.validFor(purpose))));
            return ps.executeUpdate();
        });
        return token;
    }

    /** The account a still valid token opens (not spent, not expired, account active); nothing is changed. */
    @ReadOnly
    public Optional<String> peek(String token) {
        if (!plausible(token)) {
            return Optional.empty();
        }
        return jdbc.prepareStatement("SELECT t.user_id FROM password_token t JOIN app_user u ON u.id = t.user_id"
                + " WHERE t.token_hash = ? AND t.used_at IS NULL AND t.expires_at > ? AND u.active", ps -> {
            ps.setString(1, hash(token));
            ps.setTimestamp(2, Timestamp.from(clock.instant()));
            try (var rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        });
    }

    /**
     * Spends the token in the caller's transaction and returns its account; empty when it is unknown, spent, expired
     * or its account inactive. Every other open token of the account is spent with it.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Optional<String> spend(String token) {
        Optional<String> user = peek(token);
        if (user.isEmpty()) {
            return user;
        }
        Timestamp now = Timestamp.from(clock.instant());
        int spent = jdbc.prepareStatement("UPDATE password_token SET used_at = ? WHERE token_hash = ?"
                + " AND used_at IS NULL AND expires_at > ?", ps -> {
            ps.setTimestamp(1, now);
            ps.setString(2, hash(token));
            ps.setTimestamp(3, now);
            return ps.executeUpdate();
        });
        if (spent != 1) {
            return Optional.empty(); // spent by a concurrent request in between
        }
        spendAllOf(user.get());
        return user;
    }

    /** Voids every open token of the account (deactivation, password set). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public int spendAllOf(String userId) {
        return jdbc.prepareStatement("UPDATE password_token SET used_at = ? WHERE user_id = ? AND used_at IS NULL",
                ps -> {
                    ps.setTimestamp(1, Timestamp.from(clock.instant()));
                    ps.setString(2, userId);
                    return ps.executeUpdate();
                });
    }

    /** Whether a token of this purpose was issued to the account since {@code since} and is still open. */
    @ReadOnly
    public boolean openSince(String userId, TokenPurpose purpose, Instant since) {
        return jdbc.prepareStatement("SELECT 1 FROM password_token WHERE user_id = ? AND purpose = ?"
                + " AND used_at IS NULL AND created_at >= ? LIMIT 1", ps -> {
            ps.setString(1, userId);
            ps.setString(2, purpose.name());
            ps.setTimestamp(3, Timestamp.from(since));
            try (var rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    private static boolean plausible(String token) {
        return token != null && !token.isEmpty() && token.length() <= MAX_LENGTH;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
