package fr.tremplin.api.matching;

import fr.tremplin.api.support.ApiTest;
import fr.tremplin.api.alert.NewMatchRecorder;
import fr.tremplin.api.common.Paging;
import fr.tremplin.api.support.JobSeekerRequestBuilder;
import fr.tremplin.api.support.VacancyRequests;
import fr.tremplin.api.vacancy.VacancyRequest;
import fr.tremplin.indexer.IndexService;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.tremplin.api.support.JobSeekerRequestBuilder.aJobSeeker;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A candidates request reads its session with one statement and opens no transaction: each read-only transaction cost
 * three more statements ({@code set autocommit=0}, {@code COMMIT}, {@code set autocommit=1}), 9 of the 13 a request
 * sent before. Counted from MariaDB's global counters over 30 requests (the background jobs of the test context add a
 * few; the threshold leaves them room). The vacancy's and employer's rows are read again only after a change of either
 * was told ({@link RememberedVacancies}), the page's names only after a change of their person
 * ({@link RememberedNames}).
 */
@MicronautTest(transactional = false)
class CandidatesStatementsTest extends ApiTest {
    private static final int REQUESTS = 30;
    /** Châteaubriant, 60 km from the mason's vacancy in Nantes. */
    private static final String FAR_COMMUNE = "44036";

    @Inject
    IndexService index;
    @Inject
    DataSource dataSource;
    @Inject
    NewMatchRecorder newMatches;
    @Inject
    RememberedNames rememberedNames;

    @Test
    @SuppressWarnings("unchecked")
    void aCandidatesRequestSendsNoTransactionStatements() throws SQLException {
        assertThat(index.awaitReady(Duration.ofSeconds(60))).isTrue();
        created(aJobSeeker().lastName("Compté").in("44109")); // a page with a name to read
        String employer = (String) ((List<Map<String, Object>>) body(api.as("entreprise",
                HttpRequest.GET("/api/v1/employers"))).get("items")).get(0).get("id");
        String vacancy = (String) body(api.as("conseiller", HttpRequest.POST("/api/v1/vacancies",
                VacancyRequests.mason(employer)))).get("id");
        index.syncNow();
        String path = "/api/v1/vacancies/" + vacancy + "/candidates?size=20";
        assertThat(candidates(path)).as("names to read").isNotEmpty();

        Map<String, Long> sessionOnly = counters(); // an endpoint that reads nothing but its session
        for (int i = 0; i < REQUESTS; i++) {
            assertThat(api.as("conseiller", HttpRequest.GET("/api/v1/occupations/F1703")).code()).isEqualTo(200);
        }
        long sessionSelects = counters().get("Com_select") - sessionOnly.get("Com_select");
        Map<String, Long> before = counters();
        for (int i = 0; i < REQUESTS; i++) {
            assertThat(api.as("conseiller", HttpRequest.GET(path)).code()).isEqualTo(200);
        }
        Map<String, Long> after = counters();

        long selects = after.get("Com_select") - before.get("Com_select");
        long commits = after.get("Com_commit") - before.get("Com_commit");
        long settings = after.get("Com_set_option") - before.get("Com_set_option");
        assertThat(sessionSelects).as("the sessions' reads were counted").isGreaterThanOrEqualTo(REQUESTS);
        assertThat(selects).as("no more than the session's reads: the page's names were remembered (%d SELECT"
                + " for the candidates, %d for an endpoint reading its session only)", selects, sessionSelects)
                .isLessThan(sessionSelects + REQUESTS / 3);
        assertThat(commits).as("COMMIT statements for %d requests", REQUESTS).isLessThan(REQUESTS / 3);
        assertThat(settings).as("SET statements for %d requests", REQUESTS).isLessThan(REQUESTS / 3);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theVacancyIsReadAgainOnlyAfterAChangeOfItIsTold() throws SQLException, InterruptedException {
        assertThat(index.awaitReady(Duration.ofSeconds(60))).isTrue();
        String nearNantes = created(aJobSeeker().lastName("Nantais").in("44109").radius(15));
        String nearFar = created(aJobSeeker().lastName("Castelbriantais").in(FAR_COMMUNE).radius(15));
        long savedBefore = newMatches.saved();
        String employer = (String) ((List<Map<String, Object>>) body(api.as("entreprise",
                HttpRequest.GET("/api/v1/employers"))).get("items")).get(0).get("id");
        Map<String, Object> created = body(api.as("conseiller", HttpRequest.POST("/api/v1/vacancies",
                VacancyRequests.mason(employer))));
        String vacancy = (String) created.get("id");
        index.syncNow(); // the index applied the creations and told them: nothing more will be told of this vacancy
        // the new-match alerts rank the new vacancy on their own thread (and read its rows): let them finish first
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (newMatches.saved() == savedBefore && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(newMatches.saved()).as("the alerts ranked the new vacancy").isGreaterThan(savedBefore);
        String path = "/api/v1/vacancies/" + vacancy + "/candidates?size=" + Paging.MAX_SIZE;
        assertThat(candidates(path)).contains(nearNantes).doesNotContain(nearFar);

        // behind the application's back: no outbox event, nobody told
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             Statement statement = connection.createStatement()) {
            assertThat(statement.executeUpdate("UPDATE vacancy SET commune_insee = '" + FAR_COMMUNE
                    + "' WHERE id = '" + vacancy + "'")).isEqualTo(1);
        }
        assertThat(candidates(path)).as("the same view: the rows were not read again")
                .contains(nearNantes).doesNotContain(nearFar);

        Map<String, Object> change = asRequest(created, VacancyRequest.class);
        change.put("communeInsee", FAR_COMMUNE);
        assertThat(api.as("conseiller", HttpRequest.PUT("/api/v1/vacancies/" + vacancy, change)).code())
                .isEqualTo(200);
        assertThat(candidates(path)).as("read again at once after a change through the application")
                .contains(nearFar).doesNotContain(nearNantes);

        assertThat(api.as("conseiller", HttpRequest.DELETE("/api/v1/vacancies/" + vacancy)).code()).isEqualTo(204);
        assertThat(api.as("conseiller", HttpRequest.GET(path)).code()).as("deleted").isEqualTo(404);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNameIsReadAgainOnlyAfterAChangeOfItsPersonIsToldAndAnErasedPersonLeavesThePageAtOnce() throws SQLException {
        assertThat(index.awaitReady(Duration.ofSeconds(60))).isTrue();
        Map<String, Object> person = body(api.as("conseiller", HttpRequest.POST("/api/v1/job-seekers",
                aJobSeeker().firstName("Rosine").lastName("Quellec").in("44109").radius(15).build())));
        String id = (String) person.get("id");
        String employer = (String) ((List<Map<String, Object>>) body(api.as("entreprise",
                HttpRequest.GET("/api/v1/employers"))).get("items")).get(0).get("id");
        String vacancy = (String) body(api.as("conseiller", HttpRequest.POST("/api/v1/vacancies",
                VacancyRequests.mason(employer)))).get("id");
        index.syncNow();
        String path = "/api/v1/vacancies/" + vacancy + "/candidates?size=" + Paging.MAX_SIZE;
        for (int attempt = 0; attempt < 5; attempt++) { // a read that overlaps any told change is not kept: again
            long ticket = rememberedNames.ticket();
            assertThat(names(path)).containsEntry(id, "Rosine Q.");
            if (rememberedNames.ticket() == ticket) {
                break;
            }
        }

        // behind the application's back: no outbox event, nobody told
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             Statement statement = connection.createStatement()) {
            assertThat(statement.executeUpdate("UPDATE job_seeker SET first_name = 'Rosa' WHERE id = '" + id + "'"))
                    .isEqualTo(1);
        }
        assertThat(names(path)).as("the name remembered: not read again").containsEntry(id, "Rosine Q.");

        Map<String, Object> record = body(api.as("conseiller", HttpRequest.GET("/api/v1/job-seekers/" + id)));
        assertThat(api.as("conseiller", HttpRequest.PUT("/api/v1/job-seekers/" + id, aJobSeeker()
                .firstName("Rosie").lastName("Quellec").in("44109").radius(15)
                .externalRef((String) record.get("externalRef")).version(((Number) record.get("version")).longValue())
                .build())).code()).isEqualTo(200);
        assertThat(names(path)).as("read again at once after a change through the application")
                .containsEntry(id, "Rosie Q.");

        assertThat(api.as("responsable", HttpRequest.DELETE("/api/v1/job-seekers/" + id + "?reason=test")).code())
                .isEqualTo(204);
        assertThat(names(path)).as("erased: gone from the page at once").doesNotContainKey(id);
    }

    @SuppressWarnings("unchecked")
    private Map<Object, Object> names(String path) {
        HttpResponse<Map> response = api.as("conseiller", HttpRequest.GET(path));
        assertThat(response.code()).isEqualTo(200);
        Map<Object, Object> names = new HashMap<>();
        ((List<Map<String, Object>>) body(response).get("items")).forEach(i -> names.put(i.get("jobSeekerId"),
                i.get("displayName")));
        return names;
    }

    @SuppressWarnings("unchecked")
    private List<Object> candidates(String path) {
        HttpResponse<Map> response = api.as("conseiller", HttpRequest.GET(path));
        assertThat(response.code()).isEqualTo(200);
        return ((List<Map<String, Object>>) body(response).get("items")).stream().map(i -> i.get("jobSeekerId")).toList();
    }

    private String created(JobSeekerRequestBuilder seeker) {
        HttpResponse<Map> response = api.as("conseiller", HttpRequest.POST("/api/v1/job-seekers", seeker.build()));
        assertThat(response.code()).isEqualTo(201);
        return (String) body(response).get("id");
    }

    private Map<String, Long> counters() throws SQLException {
        Map<String, Long> values = new HashMap<>();
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SHOW GLOBAL STATUS WHERE Variable_name IN"
                     + " ('Com_select', 'Com_commit', 'Com_set_option')")) {
            while (rows.next()) {
                values.put(rows.getString(1), rows.getLong(2));
            }
        }
        return values;
    }
}
