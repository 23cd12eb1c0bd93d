package fr.tremplin.api.health;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;

/**
 * {@code tremplin.health.*}: the background checks behind {@code /health} ({@link HealthMonitor}).
 *
 * @param interval {@code tremplin.health.interval} (duration, default 1s): pause between two checks
 * @param timeout  {@code tremplin.health.timeout} (duration, default 2s): a check still running after this counts
 *                 as DOWN
 */
@ConfigurationProperties("tremplin.health")
public record HealthSettings(@Bindable(defaultValue = "1s") @NotNull Duration interval,
                             @Bindable(defaultValue = "2s") @NotNull Duration timeout) {
}
