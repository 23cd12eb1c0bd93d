package fr.tremplin.api.security;

import fr.tremplin.data.user.AppUserRepository;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A production configuration refuses to start with demo data, demo accounts or the public demo JWT key, and does
 * start without them.
 */
class DemoAccountsGuardTest {

    private static ApplicationContext start(Map<String, Object> properties) {
        return ApplicationContext.builder().environments("test", "prod").properties(properties).start();
    }

    @Test
    void prodRefusesDemoData() {
        assertThatThrownBy(() -> start(Map.of("tremplin.demo.enabled", true)).close())
                .hasStackTraceContaining("TREMPLIN_DEMO=false");
    }

    @Test
    void prodRefusesThePublicDemoJwtKey() {
        assertThatThrownBy(() -> start(Map.of("tremplin.demo.enabled", false)).close())
                .hasStackTraceContaining("TREMPLIN_JWT_SECRET");
    }

    @Test
    void prodRefusesWhileDemoAccountsExist() {
        // the test environment's own context loads the demo accounts into the shared test database first
        ApplicationContext.builder().environments("test").start().close();
        assertThatThrownBy(() -> start(Map.of("tremplin.demo.enabled", false,
                "micronaut.security.token.jwt.signatures.secret.generator.secret",
                "a-real-production-secret-of-more-than-32-characters")).close())
                .hasStackTraceContaining("comptes de démonstration");
    }

    @Test
    void prodStartsWithoutDemoDataNorDemoAccountsAndWithARealKey() {
        String schema = "prod_start_" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> properties = Map.of(
                "tremplin.db.name", schema,
                "tremplin.demo.enabled", false,
                "micronaut.security.token.jwt.signatures.secret.generator.secret",
                "a-real-production-secret-of-more-than-32-characters",
                "micronaut.server.port", -1);
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties, "test", "prod");
             HttpClient client = HttpClient.create(server.getURL())) {
            ApplicationContext context = server.getApplicationContext();
            assertThat(server.isRunning()).isTrue();
            assertThat(context.getEnvironment().getActiveNames()).contains("prod");
            assertThat(context.getBean(DemoAccountsGuard.class)).as("the guard ran and let it start").isNotNull();
            assertThat(context.getBean(AppUserRepository.class).existsByDemoTrue()).isFalse();

            HttpResponse<?> demoLogin = exchange(client, HttpRequest.POST("/login",
                    Map.of("username", "admin", "password", "demo")));
            assertThat(demoLogin.code()).as("no demo account to log in with").isEqualTo(401);
            HttpResponse<?> anonymous = exchange(client, HttpRequest.GET("/api/v1/job-seekers"));
            assertThat(anonymous.code()).as("the API answers, and asks who is calling").isEqualTo(401);
            for (String description : List.of("/swagger/tremplin-0.1.yml", "/swagger-ui/index.html")) {
                assertThat(exchange(client, HttpRequest.GET(description)).code())
                        .as("in production %s is for logged-in users only", description).isEqualTo(401);
            }
        }
    }

    private static HttpResponse<?> exchange(HttpClient client, HttpRequest<?> request) {
        try {
            return client.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            return e.getResponse();
        }
    }
}
