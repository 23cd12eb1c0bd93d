package fr.tremplin.indexer.config;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IndexerConfigurationTest {

    @Test
    void defaultsBind() {
        try (ApplicationContext context = ApplicationContext.builder().environments("test")
                .properties(Map.of("tremplin.index.auto-start", "false")).start()) {
            IndexerConfiguration c = context.getBean(IndexerConfiguration.class);
            assertThat(c.dir()).isEqualTo("var/index");
            assertThat(c.pollInterval()).isEqualTo(Duration.ofMillis(25));
            assertThat(c.commitInterval()).isEqualTo(Duration.ofSeconds(1));
            assertThat(c.gapTimeout()).isEqualTo(Duration.ofSeconds(60));
            assertThat(c.lateGapWindow()).isEqualTo(Duration.ofMinutes(10));
            assertThat(c.maxLag()).isEqualTo(Duration.ofSeconds(5));
            assertThat(c.verifyInterval()).isEqualTo(Duration.ofSeconds(60));
            assertThat(c.outboxRetention()).isEqualTo(Duration.ofDays(7));
            assertThat(c.batchSize()).isEqualTo(500);
            assertThat(c.rebuildBatchSize()).isEqualTo(2000);
            assertThat(c.autoRebuild()).isTrue();
        }
    }

    @Test
    void badValueIsRefusedWithTheKeyName() {
        // every settings record is built at startup (SettingsCheck): the start itself is refused
        assertThatThrownBy(() -> ApplicationContext.builder().environments("test")
                .properties(Map.of("tremplin.index.auto-start", "false", "tremplin.index.batch-size", "0")).start()
                .close())
                .hasStackTraceContaining("tremplin.index.batch-size must be within 1..10000, got 0");
    }
}
