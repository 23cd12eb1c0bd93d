package fr.tremplin.data.db;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * {@code tremplin.db.embedded.*}: the embedded MariaDB of the default run, started when no database URL is set.
 *
 * @param dataDir             {@code tremplin.db.embedded.data-dir} (path, env {@code TREMPLIN_DB_EMBEDDED_DATA_DIR},
 *                            default {@code var/mariadb}): its instance directory, not under the temporary directory
 * @param baseDir             {@code tremplin.db.embedded.base-dir} (path, default {@code var/mariadb-base}): where its
 *                            binaries are unpacked
 * @param port                {@code tremplin.db.embedded.port} (0..65535, env {@code TREMPLIN_DB_EMBEDDED_PORT},
 *                            default 0 = a free port)
 * @param args                {@code tremplin.db.embedded.args} (list of strings, default none): more {@code mariadbd}
 *                            arguments (the test server takes them too)
 * @param startTimeoutSeconds {@code tremplin.db.embedded.start-timeout-seconds} (int > 0, default 60): waiting for
 *                            "ready for connections"
 * @param secured             {@code tremplin.db.embedded.secured} (boolean, default true): grant tables and generated
 *                            passwords in {@code <data-dir>/credentials.properties}
 * @param superviseInterval   {@code tremplin.db.embedded.supervise-interval} (duration, default 1s, 0s for none): how
 *                            often a dead server is looked for and started again
 */
@ConfigurationProperties("tremplin.db.embedded")
public record EmbeddedDatabaseSettings(
        @Bindable(defaultValue = EmbeddedMariaDbSettings.DEFAULT_DATA_DIR) @NotBlank String dataDir,
        @Bindable(defaultValue = EmbeddedMariaDbSettings.DEFAULT_BASE_DIR) @NotBlank String baseDir,
        @Bindable(defaultValue = "0") @PositiveOrZero @Max(65535) int port,
        @Nullable List<String> args,
        @Bindable(defaultValue = "60") @Positive int startTimeoutSeconds,
        @Bindable(defaultValue = "true") boolean secured,
        @Bindable(defaultValue = "1s") @NotNull Duration superviseInterval) {

    /** The application server's settings, for the schema {@code database}. */
    public EmbeddedMariaDbSettings server(String database) {
        return new EmbeddedMariaDbSettings(Path.of(dataDir), Path.of(baseDir), port, database, false, args,
                Duration.ofSeconds(startTimeoutSeconds), secured);
    }
}
