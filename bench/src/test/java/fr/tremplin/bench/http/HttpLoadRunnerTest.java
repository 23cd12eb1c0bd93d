package fr.tremplin.bench.http;

import fr.tremplin.api.support.ApiTest;
import fr.tremplin.data.common.DepartementTime;
import fr.tremplin.indexer.IndexService;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.tremplin.api.support.JobSeekerRequestBuilder.aJobSeeker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The load generator in its own JVM against the embedded server: counts only, no timing figure is asserted. */
@MicronautTest(transactional = false)
class HttpLoadRunnerTest extends ApiTest {
    @Inject
    EmbeddedServer server;
    @Inject
    IndexService index;

    private final HttpLoadRunner runner = new HttpLoadRunner();

    @BeforeEach
    void ready() {
        assertThat(index.awaitReady(Duration.ofSeconds(60))).as("index ready").isTrue();
    }

    @Test
    void loadsTheCandidatesOfExistingVacanciesWithoutError() {
        List<String> ids = List.of(vacancy("Maçon (H/F)"), vacancy("Aide maçon (H/F)"));
        HttpResponse<?> seeker = api.as("conseiller", HttpRequest.POST("/api/v1/job-seekers",
                aJobSeeker().firstName("Charge").lastName("Test").in("44143").radius(20).build()));
        assertThat(seeker.code()).isEqualTo(201);
        index.syncNow(Duration.ofSeconds(10));

        HttpLoadResult result = runner.run(server.getURL().toString(), api.token("conseiller"), ids, 2,
                Duration.ofSeconds(2), Duration.ofSeconds(1));
        System.out.println("HTTP load on the embedded server (not asserted): " + result.toJson());

        assertThat(result.requests()).as("%s", result).isPositive();
        assertThat(result.errors()).as("%s", result).isZero();
        assertThat(result.connections()).isEqualTo(2);
        assertThat(result.seconds()).isPositive();
    }

    @Test
    void countsEveryRequestToAnUnknownVacancyAsAnError() {
        HttpLoadResult result = runner.run(server.getURL().toString(), api.token("conseiller"),
                List.of("no-such-vacancy"), 2, Duration.ofSeconds(1), Duration.ZERO);

        assertThat(result.requests()).as("%s", result).isPositive();
        assertThat(result.errors()).as("%s", result).isEqualTo(result.requests());
    }

    @Test
    void reportsAChildThatCannotConnect() {
        // nothing listens on port 1: every request fails with an exception, counted without stopping the run
        HttpLoadResult result = runner.run("http://127.0.0.1:1", "token", List.of("x"), 1,
                Duration.ofMillis(300), Duration.ZERO);

        assertThat(result.requests()).isPositive();
        assertThat(result.errors()).isEqualTo(result.requests());
    }

    @Test
    void rejectsAnEmptyIdList() {
        assertThatThrownBy(() -> runner.run(server.getURL().toString(), "t", List.of(), 1, Duration.ofSeconds(1),
                Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @SuppressWarnings("unchecked")
    private String vacancy(String title) {
        String employer = (String) ((List<Map<String, Object>>) body(api.as("entreprise",
                HttpRequest.GET("/api/v1/employers"))).get("items")).get(0).get("id");
        Map<String, Object> v = new HashMap<>();
        v.put("employerId", employer);
        v.put("occupation", "F1703");
        v.put("title", title);
        v.put("description", "Maçonnerie traditionnelle, rénovation");
        v.put("communeInsee", "44109");
        v.put("contractType", "CDI");
        v.put("hoursPerWeek", 35);
        v.put("startDate", LocalDate.now(DepartementTime.ZONE).plusDays(30).toString());
        v.put("positions", 1);
        v.put("requiredSkills", List.of("103767"));
        HttpResponse<Map> created = api.as("conseiller", HttpRequest.POST("/api/v1/vacancies", v));
        assertThat(created.code()).isEqualTo(201);
        return (String) body(created).get("id");
    }
}
