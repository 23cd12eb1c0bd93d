package fr.tremplin.api.security.session;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;

/**
 * Server-side sessions ({@code tremplin.sessions.*}).
 *
 * @param idleTimeout      a session unused for this long is over (default 30 minutes)
 * @param absoluteLifetime a session opened this long ago is over, whatever its use (default 8 hours; the token's
 *                         own {@code exp} is set to the same value)
 * @param touchInterval    the last use of a session is written at most this often (default 1 minute)
 */
@ConfigurationProperties("tremplin.sessions")
public record SessionSettings(@Bindable(defaultValue = "30m") @NotNull Duration idleTimeout,
                              @Bindable(defaultValue = "8h") @NotNull Duration absoluteLifetime,
                              @Bindable(defaultValue = "1m") @NotNull Duration touchInterval) {
}
