package fr.tremplin.data.db;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.time.Duration;
import java.util.Optional;

/**
 * {@code tremplin.db.*}: which database the application uses and how long it waits for it ({@link DatabaseBootstrap}).
 * Micronaut's own {@code datasources.default.*} settings still apply and win; without either URL the embedded MariaDB
 * starts ({@link EmbeddedDatabaseSettings}).
 *
 * @param url              {@code tremplin.db.url} (JDBC URL, env {@code TREMPLIN_DB_URL}, default none): an external
 *                         MariaDB, e.g. {@code jdbc:mariadb://host:3306/tremplin}; ignored in the test environment
 * @param user             {@code tremplin.db.user} (string, env {@code TREMPLIN_DB_USER}, default none): its user
 * @param username         {@code tremplin.db.username} (string, default none): same as {@code user}, which wins
 * @param password         {@code tremplin.db.password} (string, env {@code TREMPLIN_DB_PASSWORD}, default none)
 * @param name             {@code tremplin.db.name} (1 to 64 letters, digits, underscores; default {@code tremplin}):
 *                         the schema of the embedded or test server
 * @param connectTimeout   {@code tremplin.db.connect-timeout} (duration, default 3s): opening a connection
 * @param socketTimeout    {@code tremplin.db.socket-timeout} (duration, default 10s): waiting for an answer
 * @param statementTimeout {@code tremplin.db.statement-timeout} (duration, default 8s, 0s for none): MariaDB's
 *                         {@code max_statement_time}, also the InnoDB lock wait (whole seconds, at least 1)
 * @param poolTimeout      {@code tremplin.db.pool-timeout} (duration, default 3s): waiting for a free pooled
 *                         connection, unless {@code datasources.default.connection-timeout} is set
 */
@ConfigurationProperties("tremplin.db")
public record DatabaseSettings(
        @Nullable String url,
        @Nullable String user,
        @Nullable String username,
        @Nullable String password,
        @Bindable(defaultValue = EmbeddedMariaDbSettings.DEFAULT_DATABASE) @Pattern(regexp = "[A-Za-z0-9_]{1,64}")
        String name,
        @Bindable(defaultValue = "3s") @NotNull Duration connectTimeout,
        @Bindable(defaultValue = "10s") @NotNull Duration socketTimeout,
        @Bindable(defaultValue = "8s") @NotNull Duration statementTimeout,
        @Bindable(defaultValue = "3s") @NotNull Duration poolTimeout) {

    /** {@code url}, unless blank. */
    public Optional<String> externalUrl() {
        return present(url);
    }

    /** {@code user}, else {@code username}, unless blank. */
    public Optional<String> externalUser() {
        return present(user).or(() -> present(username));
    }

    /** {@code password}, unless blank. */
    public Optional<String> externalPassword() {
        return present(password);
    }

    private static Optional<String> present(@Nullable String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + url + ", user=" + externalUser().orElse(null) + ", name=" + name + "]";
    }
}
