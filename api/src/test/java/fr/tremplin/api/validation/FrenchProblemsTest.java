package fr.tremplin.api.validation;

import fr.tremplin.api.support.ApiTest;
import fr.tremplin.data.common.DepartementTime;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Problem details an integrator reads are French and name the field: a query value that does not convert, a
 * truncated JSON body, a facet value or a page the ranking cannot serve. No library sentence gets through.
 */
@MicronautTest(transactional = false)
class FrenchProblemsTest extends ApiTest {
    @jakarta.inject.Inject
    fr.tremplin.indexer.IndexService index;

    /** Sentences of Micronaut, Jackson and our own ranking's developer messages. */
    private static final Pattern ENGLISH = Pattern.compile("Failed to convert|Unexpected end-of-input|Unexpected character"
            + "|Required argument|must be|only; narrow|unknown distance band|was \\d|Cannot|Error decoding|of type \\[");

    private Map<String, Object> problem(MutableHttpRequest<?> request, int status) {
        HttpResponse<Map> response = api.as("conseiller", request);
        assertThat(response.code()).as("status of %s, body %s", request.getPath(), response.getBody(Map.class))
                .isEqualTo(status);
        Map<String, Object> problem = body(response);
        assertThat(ENGLISH.matcher(String.valueOf(problem)).find()).as("English in %s", problem).isFalse();
        return problem;
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(Map<String, Object> problem) {
        return ((List<Map<String, Object>>) problem.getOrDefault("errors", List.of())).stream()
                .map(e -> (String) e.get("field")).toList();
    }

    @Test
    void aQueryValueThatIsNotANumberNamesTheParameter() {
        Map<String, Object> p = problem(HttpRequest.GET("/api/v1/job-seekers?page=abc"), 400);
        assertThat(fields(p)).contains("page");
        assertThat((String) p.get("detail")).contains("page");
    }

    @Test
    void aTruncatedJsonBodyIsAFrenchProblem() {
        Map<String, Object> p = problem(HttpRequest.POST("/api/v1/shortlists", "{\"vacancyId\": \"x\", \"jobSeekerIds\": [")
                .contentType(MediaType.APPLICATION_JSON), 400);
        assertThat((String) p.get("detail")).contains("JSON");
    }

    @Test
    void rankingFacetsAndDepthAreCheckedInFrench() {
        String vacancy = anyVacancy();
        Map<String, Object> band = problem(HttpRequest.GET("/api/v1/vacancies/" + vacancy + "/candidates?distanceKm=3-7"), 400);
        assertThat(fields(band)).containsExactly("distanceKm");
        Map<String, Object> group = problem(HttpRequest.GET("/api/v1/vacancies/" + vacancy + "/candidates?publics=rsa"), 400);
        assertThat(fields(group)).containsExactly("publics");
        Map<String, Object> deep = problem(HttpRequest.GET("/api/v1/vacancies/" + vacancy
                + "/candidates?page=600&size=20"), 400);
        assertThat(fields(deep)).containsExactly("page");
        assertThat((String) deep.get("detail")).contains("10\u202F000");
        // page + 1 overflowed an int and slipped past the check: 500 until 2026-12-08
        Map<String, Object> largest = problem(HttpRequest.GET("/api/v1/vacancies/" + vacancy
                + "/candidates?page=2147483647&size=200"), 400);
        assertThat(fields(largest)).containsExactly("page");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFacetValueFiltersTheApiRankingToo() {
        assertThat(index.awaitReady(java.time.Duration.ofSeconds(60))).isTrue();
        String vacancy = anyVacancy();
        HttpResponse<Map> all = api.as("conseiller", HttpRequest.GET("/api/v1/vacancies/" + vacancy + "/candidates?size=1"));
        HttpResponse<Map> rsa = api.as("conseiller", HttpRequest.GET("/api/v1/vacancies/" + vacancy
                + "/candidates?size=1&publics=RSA"));
        assertThat(all.code()).as("body %s", all.getBody(Map.class)).isEqualTo(200);
        assertThat(rsa.code()).isEqualTo(200);
        Map<String, Object> publics = (Map<String, Object>) ((Map<String, Object>) body(all).get("facets"))
                .getOrDefault("publics", Map.of());
        long expected = ((Number) publics.getOrDefault("RSA", 0)).longValue();
        assertThat(((Number) body(rsa).get("total")).longValue()).isEqualTo(expected);
    }

    @Test
    void theIndexCheckReadsInFrenchForTheAdministrator() {
        Map<String, Object> verify = body(api.as("admin", HttpRequest.POST("/api/v1/admin/index/verify", Map.of())));
        String summary = (String) verify.get("summary");
        assertThat(summary).matches("(?s)(Index conformes à la base de données|Écarts entre la base de données et les"
                        + " index) \\(personnes : .*").contains("; offres : ").doesNotContain("consistent").doesNotContain("rows").doesNotContain("job seekers");
        Map<String, Object> status = body(api.as("admin", HttpRequest.GET("/api/v1/admin/index")));
        assertThat((String) status.get("lastVerify")).matches("(?s)(Index conformes|Écarts).*");
    }

    @SuppressWarnings("unchecked")
    private String anyVacancy() {
        Map<String, Object> page = body(api.as("conseiller", HttpRequest.GET("/api/v1/vacancies?size=1&status=OPEN")));
        List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
        if (!items.isEmpty()) {
            return (String) items.get(0).get("id");
        }
        Map<String, Object> employers = body(api.as("entreprise", HttpRequest.GET("/api/v1/employers")));
        Map<String, Object> v = new java.util.HashMap<>();
        v.put("employerId", ((List<Map<String, Object>>) employers.get("items")).get(0).get("id"));
        v.put("occupation", "F1703");
        v.put("title", "Maçon (H/F)");
        v.put("communeInsee", "44109");
        v.put("contractType", "CDI");
        v.put("hoursPerWeek", 35);
        v.put("startDate", java.time.LocalDate.now(DepartementTime.ZONE).plusDays(30).toString());
        v.put("positions", 1);
        v.put("requiredSkills", List.of("103767"));
        return (String) body(api.as("conseiller", HttpRequest.POST("/api/v1/vacancies", v))).get("id");
    }
}
