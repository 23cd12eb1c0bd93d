package fr.tremplin.indexer.outbox;

import fr.tremplin.data.employer.Employer;
import fr.tremplin.data.employer.EmployerService;
import fr.tremplin.data.vacancy.Vacancy;
import fr.tremplin.data.vacancy.VacancyService;
import fr.tremplin.indexer.IndexService;
import fr.tremplin.indexer.rebuild.ProgressListener;
import fr.tremplin.indexer.testing.IndexTests;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Path;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static fr.tremplin.indexer.testing.EmployerFixture.anEmployer;
import static fr.tremplin.indexer.testing.VacancyFixture.aVacancy;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live index announces the vacancies it applied from the outbox ({@link IndexedVacancies}, the hook of the
 * NEW_MATCH alerts), and every aggregate it changed ({@link fr.tremplin.data.outbox.ChangedAggregates}, the hook of the
 * caches of rows); a rebuild's replay of the same outbox rows announces nothing.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexedVacanciesTest implements TestPropertyProvider {
    private final Path dir = IndexTests.freshDir("indexed-vacancies");

    @Inject
    IndexService index;
    @Inject
    EmployerService employers;
    @Inject
    VacancyService vacancies;
    @Inject
    RecordingIndexedVacancies listener;
    @Inject
    RecordingChangedAggregates changes;
    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = IndexTests.properties(dir);
        p.put("tremplin.test.indexed-vacancies", "on");
        return p;
    }

    @Test
    void theLiveIndexAnnouncesItsVacanciesAndARebuildDoesNot() {
        assertThat(index.awaitReady(Duration.ofSeconds(60))).as("index ready: %s", index.status()).isTrue();
        Employer employer = employers.create(anEmployer().build());
        Vacancy before = vacancies.create(aVacancy(employer.id()).build());
        index.syncNow();
        assertThat(listener.announced).contains(before.id());

        listener.announced.clear();
        index.rebuild(ProgressListener.NONE); // replays the recent outbox rows, the vacancy's among them
        index.syncNow();
        assertThat(listener.announced).as("nothing announced by the rebuild").doesNotContain(before.id());

        Vacancy after = vacancies.create(aVacancy(employer.id()).build());
        index.syncNow();
        assertThat(listener.announced).as("the rebuilt index, now live, announces").contains(after.id());
    }

    @Test
    void theLiveIndexTellsTheChangesItAppliedWhereverTheyWereMade() throws SQLException {
        assertThat(index.awaitReady(Duration.ofSeconds(60))).as("index ready: %s", index.status()).isTrue();
        Employer employer = employers.create(anEmployer().build());
        String told = "EMPLOYER:" + employer.id();
        assertThat(changes.told.stream().filter(told::equals).count())
                .as("told by this node's outbox when recorded and after the commit").isEqualTo(2);
        index.syncNow();
        assertThat(changes.told.stream().filter(told::equals).count()).as("and once more by the live index")
                .isEqualTo(3);

        // rows another node recorded: only the index's outbox follower can tell them here
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement st = c.prepareStatement("INSERT INTO outbox_event (aggregate_type, aggregate_id,"
                     + " operation, created_at) VALUES ('VACANCY', 'vacancy-of-another-node', 'DELETE', ?),"
                     + " ('EMPLOYER', 'employer-of-another-node', 'UPSERT', ?)")) {
            st.setTimestamp(1, now);
            st.setTimestamp(2, now);
            assertThat(st.executeUpdate()).isEqualTo(2);
        }
        index.syncNow();
        assertThat(changes.told).contains("VACANCY:vacancy-of-another-node", "EMPLOYER:employer-of-another-node");
    }
}
