package fr.tremplin.api.alert;

import fr.tremplin.api.shortlist.ShortlistScenario;
import fr.tremplin.api.support.ApiTest;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static fr.tremplin.api.shortlist.ShortlistScenario.ADVISER;
import static fr.tremplin.api.shortlist.ShortlistScenario.COMPANY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * NEW_MATCH: a vacancy created through the API reaches the index through the outbox, and the unit's people its
 * ranking puts in the first five become alerts of their unit — computed on indexing, saved once.
 */
@MicronautTest(transactional = false)
class NewMatchAlertTest extends ApiTest {
    private static final long WAIT_MS = 20_000;

    @Inject
    NewMatchRecorder recorder;
    @Inject
    DataSource dataSource;
    @Inject
    io.micronaut.context.ApplicationContext context;
    @Inject
    fr.tremplin.indexer.IndexService index;

    @Test
    void theDailyDigestIsOffByDefault() {
        assertThat(context.containsBean(fr.tremplin.data.alert.AlertDigestJob.class)).isFalse();
    }

    @Test
    void aNewVacancyRankingPeopleOfTheUnitInItsTopFiveAlertsTheirAdvisers() throws InterruptedException {
        // a vacancy written while this context's index is still being rebuilt (the test schema is shared and may hold
        // thousands of demo rows) is applied by the rebuild's replay, which announces nothing (docs: a known limit)
        assertThat(index.awaitReady(java.time.Duration.ofSeconds(120))).as("index ready").isTrue();
        ShortlistScenario s = new ShortlistScenario(api);
        for (int i = 0; i < 5; i++) {
            s.seeker(); // at least five people in the pool, whatever ran before
        }
        String vacancy = s.vacancy(COMPANY, 1, null);

        List<Map<String, Object>> matches = waitForMatches(vacancy);
        Set<Object> topOfTheUnit = candidates(vacancy).stream()
                .filter(c -> "NANTES-NORD".equals(c.get("employmentUnit"))).map(c -> c.get("jobSeekerId"))
                .collect(Collectors.toSet());
        assertThat(topOfTheUnit).as("the unit's people in the first five").isNotEmpty();
        assertThat(matches).extracting(m -> m.get("jobSeekerId")).containsExactlyInAnyOrderElementsOf(topOfTheUnit);
        assertThat(matches).allSatisfy(m -> {
            assertThat(m).containsEntry("kind", "NEW_MATCH").containsEntry("unit", "NANTES-NORD");
            assertThat(m.get("detail").toString()).startsWith("Nouvelle offre « Maçon (H/F) » chez")
                    .contains("du classement des candidats");
        });
        assertThat(rows(vacancy)).as("the top five of every unit are saved").isEqualTo(5);

        long saved = recorder.saved();
        recorder.record(vacancy); // a second node, or the same vacancy indexed again
        assertThat(recorder.saved()).as("nothing saved twice").isEqualTo(saved);
        assertThat(rows(vacancy)).isEqualTo(5);

        Object proposed = matches.getFirst().get("jobSeekerId");
        s.draft(vacancy, List.of((String) proposed));
        assertThat(newMatches(vacancy)).extracting(m -> m.get("jobSeekerId"))
                .as("once proposed for the vacancy, no more alert").doesNotContain(proposed);
    }

    private List<Map<String, Object>> waitForMatches(String vacancy) throws InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT_MS;
        List<Map<String, Object>> found = newMatches(vacancy);
        while (found.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            found = newMatches(vacancy);
        }
        assertThat(found).as("NEW_MATCH alerts within %d ms", WAIT_MS).isNotEmpty();
        return found; // the rows of one vacancy are saved in one transaction: all or none are visible
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> newMatches(String vacancy) {
        HttpResponse<List> response = api.as(ADVISER, HttpRequest.GET("/api/v1/alerts?kind=NEW_MATCH&size=500"), List.class);
        assertThat(response.code()).isEqualTo(200);
        return ((List<Map<String, Object>>) response.getBody().orElseThrow()).stream()
                .filter(a -> vacancy.equals(a.get("vacancyId"))).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> candidates(String vacancy) {
        return (List<Map<String, Object>>) body(api.as(ADVISER,
                HttpRequest.GET("/api/v1/vacancies/" + vacancy + "/candidates?size=5"))).get("items");
    }

    private long rows(String vacancy) {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM new_match WHERE vacancy_id = ?")) {
            st.setString(1, vacancy);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
