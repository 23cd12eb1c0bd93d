package fr.tremplin.indexer;

import fr.tremplin.data.index.OutboxFeed;
import fr.tremplin.data.index.VersionScan;
import fr.tremplin.data.seeker.JobSeeker;
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
import java.util.Map;

import static fr.tremplin.indexer.testing.IndexComparison.assertIndexEqualsDatabase;
import static fr.tremplin.data.testing.JobSeekerFixture.aJobSeeker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A node stopped and started again resumes the outbox where its last commit left it, without a rebuild. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestartTest implements TestPropertyProvider {

    @Inject
    ApplicationContext context;
    @Inject
    JobSeekerService seekers;
    @Inject
    OutboxFeed outbox;
    @Inject
    VersionScan versions;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = IndexTests.properties(IndexTests.freshDir("restart-unused"));
        p.put("tremplin.index.auto-start", "false");
        return p;
    }

    @Test
    void restartResumesFromTheStoredPosition() {
        Path dir = IndexTests.freshDir("restart");
        JobSeeker before = seekers.create(aJobSeeker().build());
        String generation;
        long stored;
        try (IndexService node = IndexTests.serviceOn(context, dir)) {
            node.start();
            assertThat(node.awaitReady(java.time.Duration.ofSeconds(60))).isTrue();
            node.syncNow();
            generation = node.status().generation().orElseThrow();
            stored = node.status().watermark();
            assertThat(node.indexedVersion(IndexKind.SEEKERS, before.id())).isPresent();
        }
        JobSeeker whileStopped = seekers.create(aJobSeeker().build());
        seekers.delete(before.id());

        try (IndexService node = IndexTests.serviceOn(context, dir)) {
            node.start();
            IndexStatus status = node.status();
            assertThat(status.state()).isEqualTo(IndexState.READY);
            assertThat(status.generation()).as("no rebuild").contains(generation);
            assertThat(status.watermark()).as("position read back from the commit").isGreaterThanOrEqualTo(stored);
            node.syncNow();
            assertThat(node.indexedVersion(IndexKind.SEEKERS, whileStopped.id())).isPresent();
            assertThat(node.indexedVersion(IndexKind.SEEKERS, before.id())).as("erased while stopped").isEmpty();
            assertThat(node.awaitUpTo(outbox.maxId(), java.time.Duration.ofSeconds(10))).isTrue();
            assertThat(node.status().lastRebuild()).isEmpty();
            assertIndexEqualsDatabase(node, versions);
        }
    }

    @Test
    void twoNodesFollowTheSameOutboxEachWithItsOwnIndex() {
        try (IndexService a = IndexTests.serviceOn(context, IndexTests.freshDir("node-a"));
             IndexService b = IndexTests.serviceOn(context, IndexTests.freshDir("node-b"))) {
            a.start();
            a.awaitReady(java.time.Duration.ofSeconds(60));
            JobSeeker seeker = seekers.create(aJobSeeker().build());
            b.start();
            b.awaitReady(java.time.Duration.ofSeconds(60));
            a.syncNow();
            b.syncNow();
            assertThat(a.indexedVersion(IndexKind.SEEKERS, seeker.id())).hasValue(seeker.version());
            assertThat(b.indexedVersion(IndexKind.SEEKERS, seeker.id())).hasValue(seeker.version());
            assertIndexEqualsDatabase(a, versions);
            assertIndexEqualsDatabase(b, versions);
        }
    }

    @Test
    void commandWithoutStartRebuildsAndVerifiesInTheCallingThread() {
        Path dir = IndexTests.freshDir("command");
        seekers.create(aJobSeeker().build()); // something to rebuild, whichever test ran before
        try (IndexService command = IndexTests.serviceOn(context, dir)) {
            assertThat(command.status().state()).isEqualTo(IndexState.CLOSED);
            assertThat(command.rebuild(ProgressListener.NONE).documents()).isPositive();
            JobSeeker seeker = seekers.create(aJobSeeker().build());
            command.syncNow();
            assertThat(command.indexedVersion(IndexKind.SEEKERS, seeker.id())).isPresent();
            assertThat(command.verify().consistent()).isTrue();
        }
        try (IndexService server = IndexTests.serviceOn(context, dir);
             IndexService other = IndexTests.serviceOn(context, dir)) {
            server.start();
            assertThatThrownBy(other::start).hasMessageContaining("Another Tremplin process uses the index directory");
        }
    }
}
