package fr.tremplin.api.openapi;

import fr.tremplin.api.support.ApiTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description the server serves is the build's finished file ({@link ApiDescription}): the HTTP API
 * only, /login and /logout, a problem response for each operation's 4xx, 201 + Location on the creates, the
 * security schemes; and what it says of the creates, the read-only fields and /login holds on the running server.
 */
@MicronautTest(transactional = false)
class ApiDescriptionTest extends ApiTest {
    private static final String PATH = "/swagger/tremplin-0.1.yml";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private String served() {
        HttpResponse<String> response = api.exchange(HttpRequest.GET(PATH), String.class);
        assertThat(response.code()).isEqualTo(200);
        return response.body();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> description() {
        return new Yaml().load(served());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> at(Map<String, Object> node, String... keys) {
        Map<String, Object> current = node;
        for (String key : keys) {
            current = (Map<String, Object>) current.get(key);
            assertThat(current).as("%s in %s", key, String.join("/", keys)).isNotNull();
        }
        return current;
    }

    @Test
    void theServedDescriptionIsTheBuildsFinishedFile() throws IOException {
        try (InputStream built = getClass().getClassLoader().getResourceAsStream("META-INF/swagger/tremplin-0.1.yml")) {
            assertThat(built).isNotNull();
            assertThat(served()).isEqualTo(new String(built.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** The build finishes the file in place, again on every build that does not recompile: the same document. */
    @Test
    @SuppressWarnings("unchecked")
    void finishingTwiceChangesNothing() throws IOException {
        Map<String, Object> once = description();
        Map<String, Object> additions;
        try (InputStream in = java.nio.file.Files.newInputStream(java.nio.file.Path.of("src/openapi/tremplin.yml"))) {
            additions = new Yaml().load(in);
        }
        Map<String, Object> twice = ApiDescription.finish(description(), additions);
        assertThat(new Yaml().dump(twice)).isEqualTo(new Yaml().dump(once));
    }

    @Test
    void onlyTheHttpApiIsDescribedWithLoginAndLogout() {
        Map<String, Object> paths = at(description(), "paths");
        assertThat(paths.keySet()).allMatch(p -> p.startsWith("/api/v1/") || Set.of("/login", "/logout", "/password-reset")
                .contains(p), "API routes only").contains("/login", "/logout").doesNotContain("/connexion", "/personnes", "/");
        Map<String, Object> login = at(paths, "/login", "post");
        assertThat((List<?>) login.get("security")).isEmpty();
        assertThat(at(login, "responses").keySet()).contains("200", "401", "429");
        assertThat(at(paths, "/logout", "post", "responses").keySet()).contains("204", "401");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasASummaryAndItsClientErrorsAsProblems() {
        Map<String, Object> doc = description();
        for (Map.Entry<String, Object> path : at(doc, "paths").entrySet()) {
            for (Map.Entry<String, Object> op : ((Map<String, Object>) path.getValue()).entrySet()) {
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                String name = op.getKey() + " " + path.getKey();
                Map<String, Object> operation = (Map<String, Object>) op.getValue();
                assertThat((String) operation.get("summary")).as("summary of %s", name).isNotBlank();
                Map<String, Object> responses = at(operation, "responses");
                assertThat(responses.keySet()).as("4xx of %s", name).anyMatch(code -> code.startsWith("4"));
                for (Map.Entry<String, Object> r : responses.entrySet()) {
                    if (r.getKey().startsWith("4") && !name.equals("post /login")) {
                        assertThat(String.valueOf(r.getValue())).as("%s %s", name, r.getKey())
                                .startsWith("{$ref=#/components/responses/");
                    }
                }
            }
        }
        assertThat(String.valueOf(at(doc, "components", "responses", "NotFound")))
                .contains("application/problem+json").contains("#/components/schemas/Problem");
        assertThat(at(doc, "components", "schemas", "Problem", "properties").keySet())
                .containsExactly("type", "title", "status", "detail", "errors");
        assertThat(at(doc, "components", "securitySchemes").keySet()).containsExactly("bearer", "session");
        assertThat((List<?>) doc.get("security")).hasSize(2);
    }

    /** What the description says of the creates, checked against the server: 201 with Location. */
    @Test
    void createsAreDocumentedAs201WithLocationAsTheyAnswer() {
        Map<String, Object> paths = at(description(), "paths");
        for (String create : List.of("/api/v1/job-seekers", "/api/v1/vacancies", "/api/v1/employers", "/api/v1/accounts",
                "/api/v1/public-contracts", "/api/v1/shortlists", "/api/v1/insertion-hours")) {
            Map<String, Object> created = at(paths, create, "post", "responses", "201");
            assertThat(at(created, "headers").keySet()).as(create).containsExactly("Location");
        }
        assertThat(at(paths, "/api/v1/job-seekers", "post", "responses").keySet()).doesNotContain("200");
        HttpResponse<Map> response = api.as("conseiller", HttpRequest.POST("/api/v1/job-seekers",
                fr.tremplin.api.support.JobSeekerRequestBuilder.aJobSeeker().build()));
        assertThat(response.code()).isEqualTo(201);
        assertThat(response.getHeaders().get("Location")).startsWith("/api/v1/job-seekers/");
        assertThat(at(paths, "/password-reset", "post", "responses").keySet()).contains("202").doesNotContain("200");
    }

    @Test
    void theReadOnlyFieldsOfAGetBodyAreShownOnTheRequest() {
        Map<String, Object> doc = description();
        for (String field : List.of("id", "eligibility", "createdAt", "updatedAt")) {
            assertThat(at(doc, "components", "schemas", "JobSeekerRequest", "properties", field))
                    .containsEntry("readOnly", true);
        }
        assertThat(at(doc, "components", "schemas", "VacancyRequest", "properties", "createdAt"))
                .containsEntry("readOnly", true);
    }

    @Test
    void aWrongPasswordAnswersWhatTheDescriptionSays() {
        HttpResponse<Map> response = api.exchange(HttpRequest.POST("/login",
                Map.of("username", "conseiller", "password", "pas-le-bon")), Map.class);
        assertThat(response.code()).isEqualTo(401);
        assertThat(response.getContentType().map(Object::toString).orElse(""))
                .startsWith("application/problem+json");
    }
}
