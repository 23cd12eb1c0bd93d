package fr.tremplin.api.security;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A production configuration refuses to start with demo data, demo accounts or the public demo JWT key. */
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
}
