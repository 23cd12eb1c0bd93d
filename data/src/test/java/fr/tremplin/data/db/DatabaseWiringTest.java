package fr.tremplin.data.db;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.env.Environment;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application context in the test environment, without any datasource URL, gets the MariaDB of the
 * test JVM, migrated by Flyway. Uses its own schema and a test-only migration location so that it does
 * not depend on db/migration.
 */
@MicronautTest(transactional = false)
@Property(name = "tremplin.db.name", value = "dbwiring")
@Property(name = "flyway.datasources.default.locations", value = "classpath:db/testmigration")
class DatabaseWiringTest {

    /** The DataSource bean is Micronaut Data's contextual proxy: plain JDBC needs the real pool. */
    DataSource dataSource;

    @Inject
    void setDataSource(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    @Inject
    DatabaseInfo info;

    @Inject
    ProductionGuard guard;

    @Inject
    Environment environment;

    @Test
    void theTestJvmGetsItsOwnMariaDb() throws SQLException {
        assertThat(info.mode()).isIn(DatabaseMode.EMBEDDED, DatabaseMode.TESTCONTAINERS);
        assertThat(info.isExternal()).isFalse();
        assertThat(guard.isExternalDatabase()).isFalse();
        guard.refuseOnExternalDatabase("Demo accounts"); // does not throw
        assertThat(info.test()).isTrue();
        assertThat(info.database()).isEqualTo("dbwiring");
        assertThat(info.url()).startsWith("jdbc:mariadb://").endsWith("/dbwiring");
        if (info.mode() == DatabaseMode.EMBEDDED) {
            assertThat(info.dataDirectory()).contains("target").doesNotContain("var/mariadb");
        }
        assertThat(query("SELECT VERSION()")).startsWith("11.4");
        assertThat(query("SELECT DATABASE()")).isEqualTo("dbwiring");
        assertThat(query("SELECT @@character_set_database")).isEqualTo("utf8mb4");
        System.out.printf("TIMING test database of this JVM ready in %d ms (%s)%n", info.startMillis(), info.describe());
    }

    @Test
    void flywayRanOnStartup() throws SQLException {
        assertThat(query("SELECT CONCAT(version, ':', success) FROM flyway_schema_history WHERE version = '1'"))
                .isEqualTo("1:1");
        assertThat(query("SELECT label FROM dbwiring_probe WHERE id = 1")).isEqualTo("seeded by flyway");
    }

    @Test
    void jdbcRoundTrip() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO dbwiring_probe (label) VALUES (?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, "élève, œuvre, 😀");
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    assertThat(keys.next()).isTrue();
                    long id = keys.getLong(1);
                    try (PreparedStatement select = c.prepareStatement("SELECT label FROM dbwiring_probe WHERE id = ?")) {
                        select.setLong(1, id);
                        try (ResultSet rs = select.executeQuery()) {
                            assertThat(rs.next()).isTrue();
                            assertThat(rs.getString(1)).isEqualTo("élève, œuvre, 😀");
                        }
                    }
                }
            }
        }
    }

    @Test
    void theDataModuleDefaultsApplyWithoutApplicationYml() {
        assertThat(environment.getProperty("flyway.datasources.default.enabled", Boolean.class)).contains(true);
        assertThat(environment.getProperty("datasources.default.dialect", String.class)).contains("MYSQL");
        assertThat(environment.getProperty("datasources.default.driver-class-name", String.class))
                .contains("org.mariadb.jdbc.Driver");
        // a test's own property wins over the defaults
        assertThat(environment.getProperty("flyway.datasources.default.locations", String.class))
                .contains("classpath:db/testmigration");
    }

    private String query(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
