package fr.tremplin.bench.scale;

import fr.tremplin.indexer.IndexService;
import fr.tremplin.indexer.config.IndexerConfiguration;
import fr.tremplin.core.referential.Referential;
import fr.tremplin.data.index.VersionScan;
import fr.tremplin.data.seeker.JobSeekerService;
import fr.tremplin.bench.freshness.FreshnessProbe;
import fr.tremplin.bench.freshness.FreshnessReport;
import fr.tremplin.bench.freshness.ProbeSeekers;
import fr.tremplin.indexer.rebuild.ProgressListener;
import fr.tremplin.indexer.rebuild.RebuildReport;
import fr.tremplin.indexer.testing.IndexTests;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.time.Duration;
import java.util.Map;

import static fr.tremplin.indexer.testing.IndexComparison.assertIndexEqualsDatabase;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The département-size figures, on the demo data set (28,000 job seekers, ~3,150 vacancies) in a schema of
 * its own: rebuild rate, freshness under that index size, consistency-check time. Takes about a minute, so
 * it only runs when asked: {@code ./mvnw -pl bench -am verify -Dtest=RebuildRateBench -Dtremplin.bench=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "tremplin.bench", matches = "true")
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RebuildRateBench implements TestPropertyProvider {

    @Inject
    IndexService index;
    @Inject
    JobSeekerService seekers;
    @Inject
    Referential referential;
    @Inject
    IndexerConfiguration configuration;
    @Inject
    VersionScan versions;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = IndexTests.properties(IndexTests.freshDir("bench"));
        p.put("tremplin.db.name", "indexer_bench");
        p.put("tremplin.demo.enabled", "true");
        return p;
    }

    @Test
    void departementSizeFigures() {
        assertThat(index.awaitReady(Duration.ofMinutes(5))).isTrue();
        System.out.println("First build: " + index.status().lastRebuild().map(RebuildReport::summary).orElse("-"));
        for (int i = 0; i < 3; i++) {
            RebuildReport report = index.rebuild(ProgressListener.NONE);
            System.out.println(report.summary());
        }
        FreshnessReport freshness = new FreshnessProbe(seekers, index, configuration.pollInterval())
                .run(400, new ProbeSeekers(referential)::draft, true);
        System.out.println(freshness.summary());
        for (int i = 0; i < 3; i++) {
            System.out.println(index.verify().summary());
        }
        assertIndexEqualsDatabase(index, versions);
    }
}
