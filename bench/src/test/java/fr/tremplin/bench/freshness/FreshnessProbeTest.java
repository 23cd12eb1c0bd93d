package fr.tremplin.bench.freshness;

import fr.tremplin.indexer.IndexService;
import fr.tremplin.indexer.config.IndexerConfiguration;
import fr.tremplin.core.referential.Referential;
import fr.tremplin.data.seeker.JobSeekerService;
import fr.tremplin.bench.freshness.FreshnessProbe;
import fr.tremplin.bench.freshness.FreshnessReport;
import fr.tremplin.bench.freshness.ProbeSeekers;
import fr.tremplin.indexer.testing.IndexTests;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the freshness probe with the default poll interval and prints p50/p99 (no timing assertion: the
 * figure depends on the machine; the target is p99 ≤ 250 ms).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FreshnessProbeTest implements TestPropertyProvider {

    @Inject
    IndexService index;
    @Inject
    JobSeekerService seekers;
    @Inject
    Referential referential;
    @Inject
    IndexerConfiguration configuration;

    @Override
    public Map<String, String> getProperties() {
        return IndexTests.properties(IndexTests.freshDir("freshness"));
    }

    @Test
    void writesBecomeSearchableQuickly() {
        assertThat(index.awaitReady(Duration.ofSeconds(60))).isTrue();
        ProbeSeekers drafts = new ProbeSeekers(referential);
        FreshnessReport report = new FreshnessProbe(seekers, index, configuration.pollInterval())
                .run(200, drafts::draft, true);
        System.out.println(report.summary());
        assertThat(report.writes()).isEqualTo(200);
        assertThat(index.verify().consistent()).isTrue();
    }
}
