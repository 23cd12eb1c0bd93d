package fr.tremplin.data.db;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes in different zones read the same instants from the same rows: the connections convert through UTC and
 * their sessions run in UTC, whatever the JVM's zone (a node in a UTC container, another set to Paris).
 */
@MicronautTest(transactional = false)
class DatabaseTimeZoneTest {
    @Inject
    DataSource pooled;

    @Test
    void anInstantWrittenUnderOneZoneIsReadTheSameUnderAnother() throws Exception {
        DataSource dataSource = DelegatingDataSource.unwrapDataSource(pooled);
        Instant written = Instant.parse("2026-12-08T01:30:00.123456Z");
        TimeZone zone = TimeZone.getDefault();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE TEMPORARY TABLE zone_check (at DATETIME(6) NOT NULL)");
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles")); // the writing node
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO zone_check (at) VALUES (?)")) {
                insert.setTimestamp(1, Timestamp.from(written));
                insert.executeUpdate();
            }
            TimeZone.setDefault(TimeZone.getTimeZone("Europe/Paris")); // the reading node, nine hours ahead
            try (ResultSet rs = st.executeQuery("SELECT at, NOW(6), @@session.time_zone FROM zone_check")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getTimestamp(1).toInstant()).isEqualTo(written);
                assertThat(Duration.between(rs.getTimestamp(2).toInstant(), Instant.now()).abs())
                        .as("the session's NOW() is the instant now").isLessThan(Duration.ofMinutes(1));
                assertThat(rs.getString(3)).isEqualTo(DatabaseBootstrap.UTC_SESSION);
            }
            st.execute("DROP TEMPORARY TABLE zone_check");
        } finally {
            TimeZone.setDefault(zone);
        }
    }
}
