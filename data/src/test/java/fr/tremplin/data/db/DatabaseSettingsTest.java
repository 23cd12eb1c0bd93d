package fr.tremplin.data.db;

import fr.tremplin.core.eligibility.EligibilityRules;
import fr.tremplin.data.backup.BackupSettings;
import fr.tremplin.data.referential.EligibilityProperties;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.PropertySource;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The typed settings of the data module ({@code tremplin.db.*}, {@code tremplin.db.embedded.*},
 * {@code tremplin.backup.*}, {@code tremplin.eligibility.*}): documented defaults, environment variables, and a
 * refused value stops the start with a message naming the key.
 */
class DatabaseSettingsTest {

    /** A context on the shared test server as an external database: nothing is started. */
    private static ApplicationContext context(Map<String, Object> properties, PropertySource... sources) {
        Map<String, Object> all = new HashMap<>(properties);
        all.put("datasources.default.url", SharedTestDatabase.get().prepare("settingstest"));
        all.put("datasources.default.username", SharedTestDatabase.get().username());
        all.put("datasources.default.password", SharedTestDatabase.get().password());
        all.put("flyway.datasources.default.enabled", false);
        var builder = ApplicationContext.builder().deduceEnvironment(false).environments("settingstest").properties(all);
        for (PropertySource source : sources) {
            builder.propertySources(source);
        }
        return builder.start();
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        try (ApplicationContext ctx = context(Map.of())) {
            DatabaseSettings db = ctx.getBean(DatabaseSettings.class);
            assertThat(db.externalUrl()).isEmpty();
            assertThat(db.name()).isEqualTo("tremplin");
            assertThat(List.of(db.connectTimeout(), db.socketTimeout(), db.statementTimeout(), db.poolTimeout()))
                    .containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(10), Duration.ofSeconds(8),
                            Duration.ofSeconds(3));
            EmbeddedMariaDbSettings embedded = ctx.getBean(EmbeddedDatabaseSettings.class).server(db.name());
            assertThat(embedded.instanceDir()).isEqualTo(Path.of("var/mariadb").toAbsolutePath());
            assertThat(embedded.baseDir()).isEqualTo(Path.of("var/mariadb-base").toAbsolutePath());
            assertThat(embedded.port()).isZero();
            assertThat(embedded.secured()).isTrue();
            assertThat(embedded.startTimeout()).isEqualTo(Duration.ofSeconds(60));
            assertThat(embedded.extraArgs()).isEmpty();
            assertThat(ctx.getBean(EmbeddedDatabaseSettings.class).superviseInterval()).isEqualTo(Duration.ofSeconds(1));
            assertThat(ctx.getBean(BackupSettings.class).timeout()).isEqualTo(Duration.ofHours(2));
            assertThat(ctx.getBean(EligibilityProperties.class).settings())
                    .isEqualTo(fr.tremplin.core.eligibility.EligibilitySettings.defaults());
        }
    }

    @Test
    void environmentVariablesAndKeysBindAsDocumented() {
        PropertySource env = PropertySource.of("fake-env", Map.of(
                "TREMPLIN_DB_EMBEDDED_DATA_DIR", "/var/tmp/h16-split/instance",
                "TREMPLIN_DB_EMBEDDED_PORT", "3399",
                "TREMPLIN_DB_USER", "alice"), PropertySource.PropertyConvention.ENVIRONMENT_VARIABLE);
        try (ApplicationContext ctx = context(Map.of(
                "tremplin.db.embedded.args", List.of("--innodb-buffer-pool-size=64M"),
                "tremplin.db.statement-timeout", "0s",
                "tremplin.eligibility.apprenticeship-max-age", 25,
                "tremplin.eligibility.pec-publics", List.of("RSA", "RQTH")), env)) {
            EmbeddedMariaDbSettings embedded = ctx.getBean(EmbeddedDatabaseSettings.class).server("tremplin");
            assertThat(embedded.instanceDir()).isEqualTo(Path.of("/var/tmp/h16-split/instance"));
            assertThat(embedded.port()).isEqualTo(3399);
            assertThat(embedded.extraArgs()).containsExactly("--innodb-buffer-pool-size=64M");
            assertThat(ctx.getBean(DatabaseSettings.class).externalUser()).contains("alice");
            assertThat(ctx.getBean(DatabaseSettings.class).statementTimeout()).isZero();
            var rules = ctx.getBean(EligibilityProperties.class).settings();
            assertThat(rules.apprenticeshipMaxAge()).isEqualTo(25);
            assertThat(rules.pecPublics()).hasSize(2);
            assertThat(ctx.getBean(EligibilityRules.class)).isNotNull();
        }
    }

    @Test
    void aPortOutOfRangeIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> context(Map.of("tremplin.db.embedded.port", 70000))
                .getBean(EmbeddedDatabaseSettings.class))
                .hasStackTraceContaining("port").hasStackTraceContaining("65535");
    }

    @Test
    void valuesThatDoNotConvertAreRefusedNamingTheKey() {
        // Micronaut alone would fall back to the default for these (SettingsCheck refuses them)
        assertThatThrownBy(() -> context(Map.of("tremplin.db.connect-timeout", "soon")))
                .hasStackTraceContaining("tremplin.db.connect-timeout = « soon » n'est pas une durée");
        assertThatThrownBy(() -> context(Map.of("tremplin.db.embedded.start-timeout-seconds", "a minute")))
                .hasStackTraceContaining("tremplin.db.embedded.start-timeout-seconds = « a minute » n'est pas un"
                        + " nombre entier");
        assertThatThrownBy(() -> context(Map.of("tremplin.eligibility.geiq-min-age", "seize")))
                .hasStackTraceContaining("tremplin.eligibility.geiq-min-age");
    }

    @Test
    void anUnknownPublicIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> context(Map.of("tremplin.eligibility.pec-publics", List.of("RSA", "NOBODY")))
                .getBean(EligibilityRules.class))
                .hasStackTraceContaining("tremplin.eligibility.pec-publics: unknown public 'NOBODY'");
    }

    @Test
    void eligibilityAgesOutOfRangeAreRefusedNamingTheKey() {
        assertThatThrownBy(() -> context(Map.of("tremplin.eligibility.geiq-min-age", 10))
                .getBean(EligibilityRules.class))
                .hasStackTraceContaining("geiqMinAge").hasStackTraceContaining("14");
        assertThatThrownBy(() -> context(Map.of("tremplin.eligibility.apprenticeship-max-age", 15))
                .getBean(EligibilityRules.class))
                .hasStackTraceContaining("tremplin.eligibility").hasStackTraceContaining("apprenticeshipMaxAge");
    }
}
