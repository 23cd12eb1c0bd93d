package fr.tremplin.api.matching;

import fr.tremplin.api.security.JwtSigningSettings;
import fr.tremplin.core.ranking.MatchPolicy;
import fr.tremplin.core.seeker.Public;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code tremplin.matching.*} binds onto the match policy (both spellings of a key), a refused value stops the start
 * naming the key, and the JWT key is read once, typed.
 */
class MatchingSettingsTest {

    private static ApplicationContext start(Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(properties);
        all.put("tremplin.index.auto-start", false);
        return ApplicationContext.builder().environments("test").properties(all).start();
    }

    @Test
    void camelCaseAndKebabCaseKeysOverrideTheDefaultsAndTheJwtKeyIsTyped() {
        try (ApplicationContext ctx = start(Map.of(
                "tremplin.matching.distanceHalfKm", 20,
                "tremplin.matching.availability-grace-days", 7,
                "tremplin.matching.clause-priority-publics", "RSA,RQTH",
                "micronaut.security.token.jwt.signatures.secret.generator.secret",
                "a-test-secret-of-more-than-thirty-two-characters"))) {
            MatchPolicy policy = ctx.getBean(MatchPolicy.class);
            assertThat(policy.distanceHalfKm()).isEqualTo(20.0);
            assertThat(policy.availabilityGraceDays()).isEqualTo(7);
            assertThat(policy.clausePriorityPublics()).containsExactlyInAnyOrder(Public.RSA, Public.RQTH);
            assertThat(policy.skillsWeight()).isEqualTo(MatchPolicy.defaults().skillsWeight());
            assertThat(ctx.getBean(JwtSigningSettings.class).secret())
                    .isEqualTo("a-test-secret-of-more-than-thirty-two-characters");
            assertThat(ctx.getBean(JwtSigningSettings.class).toString()).doesNotContain("a-test-secret");
        }
    }

    @Test
    void refusedValuesStopTheStartNamingTheKey() {
        assertThatThrownBy(() -> start(Map.of("tremplin.matching.text-weight", 0.2)).close())
                .hasStackTraceContaining("Configuration tremplin.matching")
                .hasStackTraceContaining("must add up to 1");
        assertThatThrownBy(() -> start(Map.of("tremplin.matching.distance-half-km", "far")).close())
                .hasStackTraceContaining("tremplin.matching.distance-half-km = « far » n'est pas un nombre");
        assertThatThrownBy(() -> start(Map.of("tremplin.matching.distanceHalfKn", 20)).close())
                .hasStackTraceContaining("tremplin.matching.distance-half-kn : réglage inconnu");
        assertThatThrownBy(() -> start(Map.of("tremplin.health.interval", "often")).close())
                .hasStackTraceContaining("tremplin.health.interval = « often » n'est pas une durée");
    }
}
