package fr.tremplin.data.backup;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;

/**
 * {@code tremplin.backup.*}: the {@code backup} and {@code restore} commands.
 *
 * @param timeout {@code tremplin.backup.timeout} (duration, default 2h): the longest one run of {@code mariadb-dump}
 *                or {@code mariadb} may take
 */
@ConfigurationProperties("tremplin.backup")
public record BackupSettings(@Bindable(defaultValue = "2h") @NotNull Duration timeout) {
}
