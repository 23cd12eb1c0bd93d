package fr.tremplin.api.security.login;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per account and per client address. Past the free failures, each failure closes the key
 * for a delay that doubles (up to a maximum); while a key is closed, logins are refused (429 with Retry-After)
 * without checking the password. A successful login clears the account's count (not the address's, which only
 * fades after {@link LoginThrottleSettings#forgetAfter()}). Kept in memory on each node.
 */
@Singleton
public class LoginThrottle {
    private static final int MAX_KEYS = 100_000;

    private final LoginThrottleSettings settings;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public LoginThrottle(LoginThrottleSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** How long the account or the address must still wait, if either is closed. */
    public Optional<Duration> closedFor(String account, String address) {
        Instant now = clock.instant();
        Duration wait = max(remaining(accountKey(account), now), remaining(addressKey(address), now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** Records a failure; returns the failures counted on the account. */
    public int failed(String account, String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_KEYS) {
            failures.values().removeIf(f -> f.last().plus(settings.forgetAfter()).isBefore(now));
        }
        count(addressKey(address), settings.freeFailuresPerAddress(), now);
        return count(accountKey(account), settings.freeFailuresPerAccount(), now).count();
    }

    public void succeeded(String account) {
        failures.remove(accountKey(account));
    }

    private Failures count(String key, int free, Instant now) {
        return failures.compute(key, (k, f) -> {
            int count = f == null || f.last().plus(settings.forgetAfter()).isBefore(now) ? 1 : f.count() + 1;
            Instant closedUntil = count > free ? now.plus(delay(count - free)) : now;
            return new Failures(count, now, closedUntil);
        });
    }

    private Duration delay(int beyondFree) {
        Duration d = settings.firstDelay();
        for (int i = 1; i < beyondFree && d.compareTo(settings.maxDelay()) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : d;
    }

    private Duration remaining(String key, Instant now) {
        Failures f = failures.get(key);
        return f == null || !f.closedUntil().isAfter(now) ? Duration.ZERO : Duration.between(now, f.closedUntil());
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String accountKey(String account) {
        return "account:" + account.trim().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private record Failures(int count, Instant last, Instant closedUntil) {
    }
}
