package fr.tremplin.api.matching;

import fr.tremplin.api.support.ApiTest;
import fr.tremplin.api.support.VacancyRequests;
import fr.tremplin.indexer.IndexService;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.tremplin.api.support.JobSeekerRequestBuilder.aJobSeeker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@MicronautTest(transactional = false)
class MatchingApiTest extends ApiTest {
    @Inject
    IndexService index;

    private String vacancyId;
    private String mason;
    private String unconsentedMason;
    private String farAwayMason;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void pool() {
        assertThat(index.awaitReady(Duration.ofSeconds(60))).isTrue();
        String employer = (String) ((List<Map<String, Object>>) body(api.as("entreprise",
                HttpRequest.GET("/api/v1/employers"))).get("items")).get(0).get("id");
        vacancyId = (String) body(api.as("conseiller", HttpRequest.POST("/api/v1/vacancies",
                VacancyRequests.mason(employer)))).get("id");
        mason = created(aJobSeeker().firstName("Maçon").lastName("Proche").in("44143").radius(20));
        unconsentedMason = created(aJobSeeker().firstName("Maçon").lastName("Discret").in("44143").consent(false));
        farAwayMason = created(aJobSeeker().firstName("Maçon").lastName("Lointain").in("44184").radius(5));
        index.syncNow(Duration.ofSeconds(10));
    }

    private String created(fr.tremplin.api.support.JobSeekerRequestBuilder seeker) {
        HttpResponse<Map> response = api.as("conseiller", HttpRequest.POST("/api/v1/job-seekers", seeker.build()));
        assertThat(response.code()).isEqualTo(201);
        return (String) body(response).get("id");
    }

    @Test
    @SuppressWarnings("unchecked")
    void candidatesAreRankedExplainedAndFiltered() {
        HttpResponse<Map> response = api.as("conseiller",
                HttpRequest.GET("/api/v1/vacancies/" + vacancyId + "/candidates?size=50"));
        assertThat(response.code()).isEqualTo(200);
        Map<String, Object> page = body(response);
        assertThat(page).containsKeys("items", "total", "page", "size", "facets");
        List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
        List<Object> ids = items.stream().map(i -> i.get("jobSeekerId")).toList();
        assertThat(ids).contains(mason).doesNotContain(unconsentedMason, farAwayMason);

        Map<String, Object> hit = items.get(ids.indexOf(mason));
        assertThat(hit.get("displayName")).isEqualTo("Maçon P.");
        Map<String, Object> explanation = (Map<String, Object>) hit.get("explanation");
        double sum = ((List<Map<String, Object>>) explanation.get("contributions")).stream()
                .mapToDouble(c -> ((Number) c.get("value")).doubleValue()).sum();
        assertThat(sum).isCloseTo(((Number) hit.get("score")).doubleValue(), within(1e-6));
        assertThat(((Number) hit.get("distanceKm")).doubleValue()).isBetween(0.0, 20.0);
        for (Map<String, Object> item : items) {
            Map<String, Object> e = (Map<String, Object>) item.get("explanation");
            double total = ((List<Map<String, Object>>) e.get("contributions")).stream()
                    .mapToDouble(c -> ((Number) c.get("value")).doubleValue()).sum();
            assertThat(total).isCloseTo(((Number) item.get("score")).doubleValue(), within(1e-6));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void vacanciesForAPersonAreRanked() {
        HttpResponse<Map> response = api.as("conseiller", HttpRequest.GET("/api/v1/job-seekers/" + mason + "/vacancies"));
        assertThat(response.code()).isEqualTo(200);
        List<Map<String, Object>> items = (List<Map<String, Object>>) body(response).get("items");
        assertThat(items).extracting(i -> i.get("vacancyId")).contains(vacancyId);
    }

    @Test
    void freeSearchTakesHostileTextWithoutError() {
        for (String text : List.of("title:(foo OR", "*", "\"", "AND OR NOT", "maçon".repeat(300), "\\", "~2^3")) {
            Map<String, Object> query = new HashMap<>();
            query.put("text", text.length() > 2000 ? text.substring(0, 2000) : text);
            query.put("communeInsee", "44109");
            query.put("radiusKm", 30);
            HttpResponse<Map> response = api.as("conseiller", HttpRequest.POST("/api/v1/search/candidates", query));
            assertThat(response.code()).as("free search with %s", text).isEqualTo(200);
        }
    }

    @Test
    void freeSearchOutsideTheTerritoryIs422() {
        HttpResponse<Map> response = api.as("conseiller", HttpRequest.POST("/api/v1/search/candidates",
                Map.of("communeInsee", "75056", "radiusKm", 10)));
        assertThat(response.code()).isEqualTo(422);
        assertThat(errorFields(response)).contains("communeInsee");
    }

    @Test
    void employersCannotBrowseThePool() {
        assertThat(api.as("entreprise", HttpRequest.GET("/api/v1/vacancies/" + vacancyId + "/candidates")).code())
                .isEqualTo(403);
    }

    @Test
    void unknownVacancyIs404() {
        assertThat(api.as("conseiller", HttpRequest.GET("/api/v1/vacancies/nope/candidates")).code()).isEqualTo(404);
    }
}
