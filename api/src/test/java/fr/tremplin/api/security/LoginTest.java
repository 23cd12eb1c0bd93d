package fr.tremplin.api.security;

import fr.tremplin.api.support.ApiTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.Map;
import fr.tremplin.indexer.IndexService;
import jakarta.inject.Inject;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class LoginTest extends ApiTest {

    @ParameterizedTest
    @ValueSource(strings = {"admin", "conseiller", "responsable", "entreprise", "geiq"})
    void demoAccountsLogInAndGetABearerToken(String username) {
        HttpResponse<Map> response = api.exchange(
                HttpRequest.POST("/login", Map.of("username", username, "password", "demo")), Map.class);
        assertThat(response.code()).isEqualTo(HttpStatus.OK.getCode());
        assertThat(body(response)).containsEntry("token_type", "Bearer").containsKey("access_token");
    }

    @Test
    void wrongPasswordIs401() {
        HttpResponse<Map> response = api.exchange(
                HttpRequest.POST("/login", Map.of("username", "conseiller", "password", "nope")), Map.class);
        assertThat(response.code()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
    }

    @Test
    void apiWithoutTokenIs401() {
        assertThat(api.exchange(HttpRequest.GET("/api/v1/job-seekers"), Map.class).code())
                .isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
        assertThat(api.exchange(HttpRequest.GET("/api/v1/occupations?q=macon"), Map.class).code())
                .isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
    }

    @Inject
    IndexService index;

    @Test
    void healthIsPublicAndUp() {
        // the index is built in the background on a fresh start: /health is DOWN (503) until it is ready
        assertThat(index.awaitReady(java.time.Duration.ofSeconds(60))).isTrue();
        HttpResponse<Map> response = api.exchange(HttpRequest.GET("/health"), Map.class);
        assertThat(response.code()).isEqualTo(HttpStatus.OK.getCode());
        assertThat(body(response)).containsEntry("status", "UP");
    }

    @Test
    void openApiDescriptionIsServed() {
        HttpResponse<String> response = api.exchange(HttpRequest.GET("/swagger/tremplin-0.1.yml"), String.class);
        assertThat(response.code()).isEqualTo(HttpStatus.OK.getCode());
        assertThat(response.body()).contains("/api/v1/job-seekers");
    }
}
