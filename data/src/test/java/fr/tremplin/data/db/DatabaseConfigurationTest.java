package fr.tremplin.data.db;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.PropertySource;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which database a context gets, outside and inside the test environment. */
class DatabaseConfigurationTest {

    /** An application context as in production: no "test" environment. */
    private static ApplicationContext productionLikeContext(Map<String, Object> properties, PropertySource... sources) {
        var builder = ApplicationContext.builder()
                .deduceEnvironment(false)
                .environments("dbconfigtest")
                .properties(properties);
        for (PropertySource source : sources) {
            builder.propertySources(source);
        }
        return builder.start();
    }

    @Test
    void tremplinDbEnvironmentVariablesSelectAnExternalDatabase() throws SQLException {
        SharedTestDatabase shared = SharedTestDatabase.get();
        String url = shared.prepare("urlmapping");
        // the same property convention as real environment variables
        PropertySource env = PropertySource.of("fake-env", Map.of(
                "TREMPLIN_DB_URL", url,
                "TREMPLIN_DB_USER", shared.username(),
                "TREMPLIN_DB_PASSWORD", shared.password()), PropertySource.PropertyConvention.ENVIRONMENT_VARIABLE);
        try (ApplicationContext ctx = productionLikeContext(Map.of("flyway.datasources.default.enabled", false), env)) {
            DatabaseInfo info = ctx.getBean(DatabaseInfo.class);
            assertThat(info.mode()).isEqualTo(DatabaseMode.EXTERNAL);
            assertThat(info.url()).isEqualTo(url);
            assertThat(ctx.getBean(ProductionGuard.class).isExternalDatabase()).isTrue();
            assertThatThrownBy(() -> ctx.getBean(ProductionGuard.class).refuseOnExternalDatabase("Demo accounts"))
                    .hasMessageContaining("Demo accounts are refused");
            assertThat(query(ctx.getBean(DataSource.class), "SELECT DATABASE()")).isEqualTo("urlmapping");
        }
    }

    @Test
    void datasourcesDefaultUrlWinsAndIsExternal() throws SQLException {
        SharedTestDatabase shared = SharedTestDatabase.get();
        String url = shared.prepare("urlmapping2");
        Map<String, Object> props = new HashMap<>();
        props.put("datasources.default.url", url);
        props.put("datasources.default.username", shared.username());
        props.put("datasources.default.password", shared.password());
        props.put("tremplin.db.url", "jdbc:mariadb://unused.invalid:1/nothing");
        props.put("flyway.datasources.default.enabled", false);
        try (ApplicationContext ctx = productionLikeContext(props)) {
            assertThat(ctx.getBean(DatabaseInfo.class).mode()).isEqualTo(DatabaseMode.EXTERNAL);
            assertThat(query(ctx.getBean(DataSource.class), "SELECT DATABASE()")).isEqualTo("urlmapping2");
        }
    }

    @Test
    void theTestEnvironmentIgnoresTremplinDbUrl() {
        try (ApplicationContext ctx = ApplicationContext.builder()
                .environments("test")
                .properties(Map.of("tremplin.db.url", "jdbc:mariadb://production.invalid:3306/tremplin",
                        "tremplin.db.name", "ignoredurl",
                        "flyway.datasources.default.enabled", false))
                .start()) {
            DatabaseInfo info = ctx.getBean(DatabaseInfo.class);
            assertThat(info.mode()).isIn(DatabaseMode.EMBEDDED, DatabaseMode.TESTCONTAINERS);
            assertThat(info.url()).endsWith("/ignoredurl");
        }
    }

    @Test
    void withoutUrlTheApplicationStartsItsEmbeddedServerAndStopsItWithTheContext() throws Exception {
        Map<String, Object> props = Map.of(
                "tremplin.db.embedded.data-dir", "target/mariadb-app-test",
                "tremplin.db.embedded.base-dir", EmbeddedMariaDbSettings.DEFAULT_TEST_BASE_DIR,
                "tremplin.db.name", "apptest",
                "flyway.datasources.default.locations", "classpath:db/testmigration");
        EmbeddedMariaDbTest.deleteRecursively(Path.of("target/mariadb-app-test"));
        int port;
        long t0 = System.nanoTime();
        try (ApplicationContext ctx = productionLikeContext(props)) {
            DatabaseInfo info = ctx.getBean(DatabaseInfo.class);
            assertThat(info.mode()).isEqualTo(DatabaseMode.EMBEDDED);
            assertThat(info.test()).isFalse();
            assertThat(info.dataDirectory()).isEqualTo(Path.of("target/mariadb-app-test/data").toAbsolutePath().toString());
            DataSource ds = ctx.getBean(DataSource.class);
            assertThat(query(ds, "SELECT label FROM dbwiring_probe WHERE id = 1")).isEqualTo("seeded by flyway");
            try (Connection c = DelegatingDataSource.unwrapDataSource(ds).getConnection(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO dbwiring_probe (label) VALUES ('written before the restart')");
            }
            port = Integer.parseInt(info.url().replaceAll(".*:(\\d+)/.*", "$1"));
            System.out.printf("TIMING production-like context with a new embedded server: %d ms (server %d ms)%n",
                    (System.nanoTime() - t0) / 1_000_000, info.startMillis());
        }
        assertThat(portOpen(port)).as("the server stops with the context").isFalse();

        long t1 = System.nanoTime();
        try (ApplicationContext ctx = productionLikeContext(props)) {
            DatabaseInfo info = ctx.getBean(DatabaseInfo.class);
            assertThat(query(ctx.getBean(DataSource.class),
                    "SELECT COUNT(*) FROM dbwiring_probe WHERE label = 'written before the restart'")).isEqualTo("1");
            System.out.printf("TIMING production-like context restarted on existing data: %d ms (server %d ms)%n",
                    (System.nanoTime() - t1) / 1_000_000, info.startMillis());
        }
        EmbeddedMariaDbTest.deleteRecursively(Path.of("target/mariadb-app-test"));
    }

    @Test
    void plainJdbcTestsGetTheSameServer() throws SQLException {
        javax.sql.DataSource ds = fr.tremplin.data.testing.TestDatabases.dataSource("plainjdbc");
        assertThat(query(ds, "SELECT DATABASE()")).isEqualTo("plainjdbc");
        assertThat(fr.tremplin.data.testing.TestDatabases.server()).isSameAs(SharedTestDatabase.get());
    }

    @Test
    void passwordsNeverAppearInTheInfo() {
        assertThat(DatabaseInfo.withoutPassword("jdbc:mariadb://db:3306/tremplin?user=app&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:mariadb://db:3306/tremplin?user=app&password=***&ssl=true");
        assertThat(DatabaseInfo.withoutPassword("jdbc:mariadb://app:s3cret@db:3306/tremplin"))
                .isEqualTo("jdbc:mariadb://app:***@db:3306/tremplin");
    }

    private static boolean portOpen(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    /** The DataSource bean is Micronaut Data's contextual proxy: unwrap it to use plain JDBC. */
    private static String query(DataSource ds, String sql) throws SQLException {
        try (Connection c = DelegatingDataSource.unwrapDataSource(ds).getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
