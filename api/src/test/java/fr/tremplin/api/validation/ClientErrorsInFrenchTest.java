package fr.tremplin.api.validation;

import fr.tremplin.api.support.ApiTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static fr.tremplin.api.support.JobSeekerRequestBuilder.aJobSeeker;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every client error an integrator can provoke answers a French problem document (RFC 9457): values that do not
 * convert in the query or the body, broken or missing JSON, wrong method, media type or address. No sentence of
 * Micronaut, Jackson or Java gets through (« Failed to convert argument… », « Unexpected end-of-input… »).
 */
@MicronautTest(transactional = false)
class ClientErrorsInFrenchTest extends ApiTest {
    /** English words of library messages, and the Java names they carry. */
    private static final Pattern ENGLISH = Pattern.compile("\\b(Failed|Unexpected|Required|argument|must|Cannot|Unknown"
            + "|property|Error|expected|should|found|Method|Unsupported|Bad|Internal|Not|decoding|type \\[|of type"
            + "|java|micronaut|jackson|Page|Forbidden|Unauthorized)\\b");

    private Map<String, Object> problem(HttpResponse<?> response, int status) {
        Map<String, Object> problem = body(response);
        assertThat(response.code()).as("status, body %s", problem).isEqualTo(status);
        assertThat(response.getContentType()).hasValueSatisfying(
                t -> assertThat(t.toString()).startsWith("application/problem+json"));
        assertThat(problem).containsEntry("status", status).containsKeys("type", "title", "detail");
        assertThat(ENGLISH.matcher(String.valueOf(problem)).find()).as("English in %s", problem).isFalse();
        return problem;
    }

    private Map<String, Object> asAdviser(MutableHttpRequest<?> request, int status) {
        return problem(api.as("conseiller", request), status);
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(Map<String, Object> problem) {
        List<Map<String, Object>> errors = (List<Map<String, Object>>) problem.get("errors");
        return errors == null ? List.of() : errors.stream().map(e -> (String) e.get("field")).toList();
    }

    private static MutableHttpRequest<String> json(MutableHttpRequest<String> request) {
        return request.contentType(MediaType.APPLICATION_JSON);
    }

    @Test
    void queryValuesThatDoNotConvertNameTheParameter() {
        Map<String, Object> number = asAdviser(HttpRequest.GET("/api/v1/job-seekers?size=vingt"), 400);
        assertThat(fields(number)).containsExactly("size");
        assertThat((String) number.get("detail")).contains("nombre entier attendu");
        Map<String, Object> date = asAdviser(HttpRequest.GET("/api/v1/placements?from=2026-13-45"), 400);
        assertThat(fields(date)).containsExactly("from");
        assertThat((String) date.get("detail")).contains("AAAA-MM-JJ");
        Map<String, Object> path = asAdviser(HttpRequest.GET("/api/v1/job-seekers?page=1.5"), 400);
        assertThat(fields(path)).containsExactly("page");
    }

    @Test
    void aQueryValueOutsideItsListNamesTheAcceptedValues() {
        Map<String, Object> status = asAdviser(HttpRequest.GET("/api/v1/job-seekers?status=PARTI"), 400);
        assertThat(fields(status)).containsExactly("status");
        assertThat((String) status.get("detail")).contains("ACTIVE, PLACED, PAUSED ou EXITED");
    }

    @Test
    void brokenJsonBodiesAreDescribedInFrench() {
        Map<String, Object> truncated = asAdviser(json(HttpRequest.POST("/api/v1/job-seekers", "{\"firstName\": \"Ami")), 400);
        assertThat((String) truncated.get("detail")).contains("JSON incomplet");
        Map<String, Object> garbage = asAdviser(json(HttpRequest.POST("/api/v1/job-seekers", "{firstName: Amina}")), 400);
        assertThat((String) garbage.get("detail")).contains("JSON");
        Map<String, Object> array = asAdviser(json(HttpRequest.POST("/api/v1/job-seekers", "[1, 2]")), 400);
        assertThat((String) array.get("detail")).startsWith("Le corps");
    }

    @Test
    void aMissingBodyIsAFrenchProblem() {
        Map<String, Object> empty = asAdviser(json(HttpRequest.POST("/api/v1/job-seekers", "")), 400);
        assertThat((String) empty.get("detail")).containsIgnoringCase("corps");
    }

    @Test
    void aBodyValueOfTheWrongTypeNamesTheField() {
        Map<String, Object> radius = asAdviser(json(HttpRequest.POST("/api/v1/job-seekers",
                "{\"externalRef\": \"X-1\", \"mobilityRadiusKm\": \"loin\"}")), 400);
        assertThat(fields(radius)).containsExactly("mobilityRadiusKm");
        Map<String, Object> date = asAdviser(json(HttpRequest.POST("/api/v1/job-seekers",
                "{\"birthDate\": \"31/12/1990\"}")), 400);
        assertThat(fields(date)).containsExactly("birthDate");
    }

    @Test
    void aValueOutsideItsListIsRefusedInFrench() {
        Map<String, Object> time = asAdviser(HttpRequest.POST("/api/v1/job-seekers", aJobSeeker().workingTime("SOMETIMES").build()), 400);
        assertThat(fields(time)).containsExactly("workingTime");
        assertThat((String) time.get("detail")).contains("champ invalide");
    }

    @Test
    void wrongMethodMediaTypeAndAddressAreFrenchProblems() {
        Map<String, Object> method = asAdviser(HttpRequest.DELETE("/api/v1/occupations"), 405);
        assertThat((String) method.get("title")).isEqualTo("Méthode non autorisée");
        Map<String, Object> media = asAdviser(HttpRequest.POST("/api/v1/job-seekers", "prénom=Amina")
                .contentType(MediaType.TEXT_PLAIN), 415);
        assertThat((String) media.get("detail")).contains("application/json");
        Map<String, Object> route = asAdviser(HttpRequest.GET("/api/v1/personnes-inconnues"), 404);
        assertThat((String) route.get("detail")).isEqualTo("Aucune ressource à cette adresse.");
        Map<String, Object> id = asAdviser(HttpRequest.GET("/api/v1/job-seekers/inconnu"), 404);
        assertThat((String) id.get("title")).isEqualTo("Ressource introuvable");
    }

    @Test
    void anonymousAndForbiddenCallersReadFrench() {
        problem(api.exchange(HttpRequest.GET("/api/v1/job-seekers"), Map.class), 401);
        asAdviser(HttpRequest.GET("/api/v1/accounts"), 403);
    }
}
