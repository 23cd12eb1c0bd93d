package fr.tremplin.api.security.hardening;

import fr.tremplin.api.support.ApiTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** 404, 405, 415 and 414 whoever calls (anonymous, low privilege), never 401/403 instead; French problems. */
@MicronautTest(transactional = false)
class StatusCodesTest extends ApiTest {

    private HttpResponse<Map> as(String user, io.micronaut.http.MutableHttpRequest<?> request) {
        return user.isEmpty() ? api.exchange(request, Map.class) : api.as(user, request);
    }

    @ParameterizedTest(name = "caller ''{0}''")
    @ValueSource(strings = {"", "entreprise", "admin"})
    void unknownPathIs404(String user) {
        HttpResponse<Map> response = as(user, HttpRequest.GET("/api/v1/nulle-part"));
        assertThat(response.code()).isEqualTo(404);
        assertThat(body(response)).containsEntry("title", "Ressource introuvable");
        assertThat(as(user, HttpRequest.GET("/pas-de-page")).code()).isEqualTo(404);
    }

    @ParameterizedTest(name = "caller ''{0}''")
    @ValueSource(strings = {"", "entreprise", "admin"})
    void wrongMethodIs405(String user) {
        HttpResponse<Map> response = as(user, HttpRequest.PATCH("/api/v1/job-seekers", Map.of()));
        assertThat(response.code()).isEqualTo(405);
        assertThat(body(response)).containsEntry("title", "Méthode non autorisée");
        assertThat(as(user, HttpRequest.DELETE("/login")).code()).isEqualTo(405);
    }

    @ParameterizedTest(name = "caller ''{0}''")
    @ValueSource(strings = {"", "entreprise", "admin"})
    void unsupportedMediaTypeIs415(String user) {
        HttpResponse<Map> response = as(user, HttpRequest.POST("/api/v1/job-seekers", "<x/>")
                .contentType(MediaType.APPLICATION_XML));
        assertThat(response.code()).isEqualTo(415);
        assertThat(body(response)).containsEntry("title", "Type de contenu non pris en charge");
    }

    @ParameterizedTest(name = "caller ''{0}''")
    @ValueSource(strings = {"", "entreprise", "admin"})
    void uriTooLongIs414(String user) {
        HttpResponse<Map> response = as(user, HttpRequest.GET("/api/v1/job-seekers?q=" + "a".repeat(9000)));
        assertThat(response.code()).isEqualTo(414);
    }
}
