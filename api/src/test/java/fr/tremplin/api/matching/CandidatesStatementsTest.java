package fr.tremplin.api.matching;

import fr.tremplin.api.support.ApiTest;
import fr.tremplin.api.support.VacancyRequests;
import fr.tremplin.indexer.IndexService;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A candidates request reads its session, vacancy, employer and names with one statement each and opens no
 * transaction: each read-only transaction cost three more statements ({@code set autocommit=0}, {@code COMMIT},
 * {@code set autocommit=1}), 9 of the 13 a request sent before. Counted from MariaDB's global counters over 30
 * requests (the background jobs of the test context add a few; the threshold leaves them room).
 */
@MicronautTest(transactional = false)
class CandidatesStatementsTest extends ApiTest {
    private static final int REQUESTS = 30;

    @Inject
    IndexService index;
    @Inject
    DataSource dataSource;

    @Test
    @SuppressWarnings("unchecked")
    void aCandidatesRequestSendsNoTransactionStatements() throws SQLException {
        assertThat(index.awaitReady(Duration.ofSeconds(60))).isTrue();
        String employer = (String) ((List<Map<String, Object>>) body(api.as("entreprise",
                HttpRequest.GET("/api/v1/employers"))).get("items")).get(0).get("id");
        String vacancy = (String) body(api.as("conseiller", HttpRequest.POST("/api/v1/vacancies",
                VacancyRequests.mason(employer)))).get("id");
        String path = "/api/v1/vacancies/" + vacancy + "/candidates?size=20";
        assertThat(api.as("conseiller", HttpRequest.GET(path)).code()).isEqualTo(200);

        Map<String, Long> before = counters();
        for (int i = 0; i < REQUESTS; i++) {
            assertThat(api.as("conseiller", HttpRequest.GET(path)).code()).isEqualTo(200);
        }
        Map<String, Long> after = counters();

        long selects = after.get("Com_select") - before.get("Com_select");
        long commits = after.get("Com_commit") - before.get("Com_commit");
        long settings = after.get("Com_set_option") - before.get("Com_set_option");
        assertThat(selects).as("the reads were counted").isGreaterThanOrEqualTo(3L * REQUESTS);
        assertThat(commits).as("COMMIT statements for %d requests", REQUESTS).isLessThan(REQUESTS / 3);
        assertThat(settings).as("SET statements for %d requests", REQUESTS).isLessThan(REQUESTS / 3);
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
