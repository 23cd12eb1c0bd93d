package fr.tremplin.api.security.login;

import fr.tremplin.api.security.JwtSigningSettings;
import fr.tremplin.data.session.LoginFailures;
import jakarta.inject.Singleton;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Counts login attempts per account and per client address. Past the free failures, each failure closes the key
 * for a delay that doubles (up to a maximum); while a key is closed, logins are refused (429 with Retry-After)
 * without checking the password. An attempt is counted before its password is checked, in the same step as the check
 * that neither key is closed ({@link #attempt}), so that attempts sent at once cannot all pass the check before the
 * first failure is counted; a successful login then clears the account's count and gives the address its attempt back
 * (the address's failures only fade after {@link LoginThrottleSettings#forgetAfter()}). The counts are rows
 * ({@link LoginFailures}) shared by every node on the database, keyed by an HMAC-SHA-256 of the account's name or of
 * the address under a key derived from the nodes' shared JWT secret (so that whoever reads the table cannot match
 * guessed names or addresses without that secret): N nodes behind a balancer give no more free failures than one.
 */
@Singleton
public class LoginThrottle {
    private static final String HMAC = "HmacSHA256";

    private final LoginThrottleSettings settings;
    private final Clock clock;
    private final LoginFailures failures;
    private final SecretKeySpec key;

    public LoginThrottle(LoginThrottleSettings settings, Clock clock, LoginFailures failures, JwtSigningSettings jwt) {
        this.settings = settings;
        this.clock = clock;
        this.failures = failures;
        this.key = new SecretKeySpec(hmac(new SecretKeySpec(jwt.secret().getBytes(StandardCharsets.UTF_8), HMAC),
                "tremplin-login-throttle"), HMAC);
    }

    /**
     * An attempt let through ({@code closedFor} empty; {@code accountFailures} counts it) or refused ({@code closedFor} says
     * for how long the account or the address is still closed; nothing was counted).
     */
    public record Attempt(Optional<Duration> closedFor, int accountFailures) {
    }

    /**
     * Counts an attempt on the account and the address, before its password is checked, unless either is closed.
     * If the password then matches, call {@link #succeeded}; if not, the failure is already counted.
     */
    public Attempt attempt(String account, String address) {
        Instant now = clock.instant();
        String accountKey = accountKey(account);
        LoginFailures.Attempt found = failures.attempt(List.of(
                        new LoginFailures.Key(accountKey, count -> closedUntil(now, count, settings.freeFailuresPerAccount())),
                        new LoginFailures.Key(addressKey(address),
                                count -> closedUntil(now, count, settings.freeFailuresPerAddress()))),
                now, now.minus(settings.forgetAfter()));
        return new Attempt(found.closedUntil().map(until -> Duration.between(now, until)), found.count(accountKey));
    }

    /** How long the account or the address must still wait, if either is closed (a read: counts nothing). */
    public Optional<Duration> closedFor(String account, String address) {
        Instant now = clock.instant();
        return failures.closedUntil(accountKey(account), addressKey(address))
                .filter(until -> until.isAfter(now))
                .map(until -> Duration.between(now, until));
    }

    /** The attempt's password matched: the account's count is cleared, the address's attempt given back. */
    public void succeeded(String account, String address) {
        failures.clear(accountKey(account));
        failures.giveBack(addressKey(address));
    }

    /**
     * Forgets the failures older than {@link LoginThrottleSettings#forgetAfter()} (they would count from 1 again) of
     * the keys no longer closed.
     */
    public int forgetOld() {
        Instant now = clock.instant();
        return failures.purge(now.minus(settings.forgetAfter()), now);
    }

    private Instant closedUntil(Instant now, int count, int free) {
        return count > free ? now.plus(delay(count - free)) : now;
    }

    private Duration delay(int beyondFree) {
        Duration d = settings.firstDelay();
        for (int i = 1; i < beyondFree && d.compareTo(settings.maxDelay()) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : d;
    }

    private String accountKey(String account) {
        return HexFormat.of().formatHex(hmac(key, "account:" + account.trim().toLowerCase(Locale.ROOT)));
    }

    private String addressKey(String address) {
        return HexFormat.of().formatHex(hmac(key, "address:" + address));
    }

    private static byte[] hmac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
