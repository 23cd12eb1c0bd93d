package fr.tremplin.indexer;

import fr.tremplin.data.index.VersionScan;
import fr.tremplin.data.seeker.JobSeeker;
import fr.tremplin.data.seeker.JobSeekerService;
import fr.tremplin.indexer.testing.IndexTests;
import fr.tremplin.indexer.verify.StaleDocument;
import fr.tremplin.indexer.verify.VerifyReport;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Map;

import static fr.tremplin.indexer.testing.IndexComparison.assertIndexEqualsDatabase;
import static fr.tremplin.indexer.testing.SeekerFixture.aSeeker;
import static org.assertj.core.api.Assertions.assertThat;

/** The consistency check finds what bypassed the outbox, and the repair fixes it. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VerifyTest implements TestPropertyProvider {

    @Inject
    IndexService index;
    @Inject
    JobSeekerService seekers;
    @Inject
    VersionScan versions;
    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> getProperties() {
        return IndexTests.properties(IndexTests.freshDir("verify"));
    }

    @BeforeAll
    void ready() {
        assertThat(index.awaitReady(Duration.ofSeconds(60))).isTrue();
    }

    @Test
    void writesBehindTheOutboxAreFoundAndRepaired() throws Exception {
        JobSeeker stale = seekers.create(aSeeker().build());
        JobSeeker erased = seekers.create(aSeeker().build());
        index.syncNow();
        assertThat(index.verify().consistent()).isTrue();

        sql("UPDATE job_seeker SET version = version + 5 WHERE id = ?", stale.id());
        sql("DELETE FROM job_seeker WHERE id = ?", erased.id());
        VerifyReport report = index.verify();

        assertThat(report.consistent()).isFalse();
        assertThat(report.seekers().stale()).containsExactly(new StaleDocument(stale.id(), stale.version() + 5,
                stale.version()));
        assertThat(report.seekers().extra()).containsExactly(erased.id());
        assertThat(index.status().healthy()).isFalse();

        VerifyReport repaired = index.verifyAndRepair();
        assertThat(repaired.consistent()).as(repaired.summary()).isTrue();
        assertThat(repaired.repaired()).isEqualTo(2);
        assertThat(index.status().healthy()).isTrue();
        assertIndexEqualsDatabase(index, versions);
    }

    @Test
    void statusReportsFreshnessAndSizes() {
        java.time.Instant asked = java.time.Instant.now();
        java.time.Instant fresh = index.syncNow();
        IndexStatus status = index.status();
        assertThat(status.ready()).isTrue();
        assertThat(fresh).as("syncNow covers every row committed before the call").isAfterOrEqualTo(asked);
        assertThat(status.freshAsOf()).get().isNotNull().satisfies(f -> assertThat(f).isAfterOrEqualTo(fresh));
        assertThat(status.lag()).isPresent();
        System.out.printf("LAG right after syncNow: %d ms (printed, not asserted)%n", status.lag().get().toMillis());
        assertThat(status.documents()).containsKeys(fr.tremplin.indexer.store.IndexKind.values());
        assertThat(status.problems()).isEmpty();
    }

    private void sql(String statement, String id) throws Exception {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement s = c.prepareStatement(statement)) {
            s.setString(1, id);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }
}
