package fr.tremplin.indexer;

import fr.tremplin.data.seeker.JobSeekerService;
import fr.tremplin.indexer.rebuild.ProgressListener;
import fr.tremplin.indexer.store.IndexKind;
import fr.tremplin.indexer.testing.IndexTests;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static fr.tremplin.data.testing.JobSeekerFixture.aJobSeeker;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bench's wait for the merges of a build ({@link IndexService#settle}): false while no index is in use, true once
 * the merges of the index in use ended, after which searches and the outbox go on as before.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SettleTest implements TestPropertyProvider {

    @Inject
    ApplicationContext context;
    @Inject
    JobSeekerService seekers;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = IndexTests.properties(IndexTests.freshDir("settle-unused"));
        p.put("tremplin.index.auto-start", "false");
        return p;
    }

    @Test
    void settlesTheIndexInUseOnceItsMergesEnded() {
        Path dir = IndexTests.freshDir("settle");
        try (IndexService node = IndexTests.serviceWithoutAutoRebuildOn(context, dir)) {
            assertThat(node.settle(Duration.ofMillis(200))).as("no index in use yet").isFalse();
            seekers.create(aJobSeeker().build());
            node.rebuild(ProgressListener.NONE);
            node.start();
            assertThat(node.awaitReady(Duration.ofSeconds(30))).isTrue();
            assertThat(node.settle(Duration.ofSeconds(30))).as("merges ended within 30 s").isTrue();
            int documents = node.withSeekerSearcher(searcher -> searcher.getIndexReader().numDocs());
            assertThat(documents).isPositive();
            var added = seekers.create(aJobSeeker().build());
            node.syncNow();
            assertThat(node.indexedVersion(IndexKind.SEEKERS, added.id())).as("the outbox still followed").isPresent();
        }
    }
}
