package fr.tremplin.api.security.login;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The login throttle seen from one request: the client address (as resolved by Micronaut, which honours
 * {@code micronaut.server.client-address-header} behind a proxy), the log of failures (never the password, nor the
 * username: a short hash of it and the account id when it exists) and the attribute that turns the refusal into 429.
 */
@Singleton
public class LoginAttempts {
    static final String RETRY_AFTER = "tremplin.login.retry-after";
    private static final Logger LOG = LoggerFactory.getLogger("fr.tremplin.security.login");

    private final LoginThrottle throttle;
    private final HttpClientAddressResolver addresses;

    public LoginAttempts(LoginThrottle throttle, HttpClientAddressResolver addresses) {
        this.throttle = throttle;
        this.addresses = addresses;
    }

    /** A login let through the throttle: its address, and the failures counted on its account with it. */
    public record Attempt(String address, int accountFailures) {
    }

    /**
     * The attempt, counted before its password is checked; empty when the throttle refuses it (logged, and the
     * request marked for a 429).
     */
    public Optional<Attempt> begin(@Nullable HttpRequest<?> request, String username) {
        String address = address(request);
        LoginThrottle.Attempt attempt = throttle.attempt(username, address);
        if (attempt.closedFor().isEmpty()) {
            return Optional.of(new Attempt(address, attempt.accountFailures()));
        }
        long seconds = Math.max(1, (attempt.closedFor().get().toMillis() + 999) / 1000);
        LOG.warn("login throttled: account-key={} address={} retry-after={}s", key(username), address, seconds);
        if (request != null) {
            request.setAttribute(RETRY_AFTER, seconds);
        }
        return Optional.empty();
    }

    /** The password did not match (the failure was counted when the attempt began): logged. */
    public void failed(Attempt attempt, String username, @Nullable String userId) {
        LOG.warn("login failed: account-key={} account={} address={} failures={}", key(username),
                userId == null ? "unknown" : userId, attempt.address(), attempt.accountFailures());
    }

    public void succeeded(Attempt attempt, String username) {
        throttle.succeeded(username, attempt.address());
    }

    private String address(@Nullable HttpRequest<?> request) {
        String address = request == null ? null : addresses.resolve(request);
        return address == null ? "unknown" : address;
    }

    /** A short, stable hash of the username: lets an operator group failures without logging the name. */
    static String key(String username) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(username.trim().toLowerCase(java.util.Locale.ROOT)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
