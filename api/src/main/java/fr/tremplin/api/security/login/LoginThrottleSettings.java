package fr.tremplin.api.security.login;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import java.time.Duration;

/**
 * Login throttling ({@code tremplin.login.throttle.*}).
 *
 * @param freeFailuresPerAccount failed logins on one account (from any address) before delays start (default 5)
 * @param freeFailuresPerAddress failed logins from one client address (on any account) before delays start (default 50)
 * @param firstDelay             the first delay; each further failure doubles it (default 30 s)
 * @param maxDelay               the longest delay (default 15 minutes)
 * @param forgetAfter            failures older than this are forgotten (default 1 hour)
 */
@ConfigurationProperties("tremplin.login.throttle")
public record LoginThrottleSettings(@Bindable(defaultValue = "5") @PositiveOrZero int freeFailuresPerAccount,
                                    @Bindable(defaultValue = "50") @PositiveOrZero int freeFailuresPerAddress,
                                    @Bindable(defaultValue = "30s") @NotNull Duration firstDelay,
                                    @Bindable(defaultValue = "15m") @NotNull Duration maxDelay,
                                    @Bindable(defaultValue = "1h") @NotNull Duration forgetAfter) {
}
