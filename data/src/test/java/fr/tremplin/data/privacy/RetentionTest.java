package fr.tremplin.data.privacy;

import fr.tremplin.data.seeker.JobSeeker;
import fr.tremplin.data.seeker.JobSeekerRepository;
import fr.tremplin.data.seeker.JobSeekerService;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZonedDateTime;

import static fr.tremplin.data.testing.JobSeekerFixture.aJobSeeker;
import static org.assertj.core.api.Assertions.assertThat;

/** Retention: people without activity for 24 months are listed 30 days ahead, then anonymised in depth. */
@MicronautTest(transactional = false)
class RetentionTest {
    @Inject
    Retention retention;
    @Inject
    JobSeekerService seekers;
    @Inject
    JobSeekerRepository repository;
    @Inject
    DataSource dataSource;
    @Inject
    Clock clock;

    @Test
    void aPersonInactiveFor24MonthsIsAnonymisedAndOneDueSoonIsListedBeforehand() {
        JobSeeker expired = seekers.create(aJobSeeker().unit("ANCENIS").build());
        JobSeeker dueSoon = seekers.create(aJobSeeker().unit("ANCENIS").build());
        JobSeeker active = seekers.create(aJobSeeker().unit("ANCENIS").build());
        lastChanged(expired, ZonedDateTime.now(clock).minusMonths(24).minusDays(2));
        lastChanged(dueSoon, ZonedDateTime.now(clock).minusMonths(24).plusDays(10));
        lastChanged(active, ZonedDateTime.now(clock).minusMonths(12));

        assertThat(retention.dueSoon("ANCENIS", 500)).extracting(RetentionDue::jobSeekerId)
                .contains(expired.id(), dueSoon.id()).doesNotContain(active.id());
        assertThat(retention.dueSoon("NANTES-NORD", 500)).extracting(RetentionDue::jobSeekerId)
                .as("a unit sees only its people").doesNotContain(expired.id(), dueSoon.id());

        assertThat(retention.anonymiseDue()).isGreaterThanOrEqualTo(1);

        assertThat(repository.findById(expired.id())).as("anonymised").isEmpty();
        assertThat(repository.findById(dueSoon.id())).as("not yet due").isPresent();
        assertThat(repository.findById(active.id())).isPresent();
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE action = 'ERASE' AND actor = 'système'"
                + " AND detail LIKE '%durée de conservation%'")).isPositive();
    }

    private void lastChanged(JobSeeker seeker, ZonedDateTime at) {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement st = c.prepareStatement("UPDATE job_seeker SET updated_at = ? WHERE id = ?")) {
            st.setTimestamp(1, Timestamp.from(at.toInstant()));
            st.setString(2, seeker.id());
            assertThat(st.executeUpdate()).isEqualTo(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private long count(String sql) {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement st = c.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
