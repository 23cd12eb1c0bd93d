package fr.tremplin.api.support;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the HTTP tests: a running server on real MariaDB with the demo accounts (not the big data set).
 * Subclasses carry {@code @MicronautTest} and {@code @Property(name = "tremplin.demo...")} via {@link ApiTestProperties}.
 */
public abstract class ApiTest {
    @Inject
    @Client("/")
    protected HttpClient httpClient;

    protected ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(httpClient.toBlocking());
    }

    @SuppressWarnings("unchecked")
    protected static Map<String, Object> body(HttpResponse<?> response) {
        return response.getBody(Map.class).map(m -> (Map<String, Object>) m).orElseThrow(
                () -> new AssertionError("no JSON body in response " + response.getStatus()));
    }

    /** The fields named by a problem response's errors list. */
    @SuppressWarnings("unchecked")
    protected static List<String> errorFields(HttpResponse<?> response) {
        Map<String, Object> problem = body(response);
        assertThat(problem).containsKeys("status", "title", "detail");
        List<Map<String, Object>> errors = (List<Map<String, Object>>) problem.get("errors");
        assertThat(errors).as("problem errors of %s", problem).isNotNull();
        return errors.stream().map(e -> (String) e.get("field")).toList();
    }

    /** A record as read back, keeping only what a request of {@code type} accepts (unknown properties are refused). */
    protected static Map<String, Object> asRequest(Map<String, Object> record, Class<? extends Record> type) {
        Map<String, Object> request = new java.util.HashMap<>();
        for (java.lang.reflect.RecordComponent component : type.getRecordComponents()) {
            if (record.containsKey(component.getName())) {
                request.put(component.getName(), record.get(component.getName()));
            }
        }
        return request;
    }
}
