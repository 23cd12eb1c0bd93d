package fr.tremplin.indexer;

import fr.tremplin.core.index.IndexSchema;
import fr.tremplin.core.index.SpaceOrder;
import fr.tremplin.data.index.VersionScan;
import fr.tremplin.data.seeker.JobSeeker;
import fr.tremplin.data.seeker.JobSeekerService;
import fr.tremplin.indexer.rebuild.ProgressListener;
import fr.tremplin.indexer.store.IndexKind;
import fr.tremplin.indexer.store.IndexPosition;
import fr.tremplin.indexer.testing.IndexTests;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SlowCodecReaderWrapper;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import static fr.tremplin.data.testing.JobSeekerFixture.aJobSeeker;
import static fr.tremplin.indexer.testing.IndexComparison.assertIndexEqualsDatabase;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Since format 6 the job-seeker index is sorted by {@link SpaceOrder}, and Lucene refuses to open an index written
 * without a sort with a writer that sorts. An index written before (format 5) is opened as it was written and keeps
 * serving; the service rebuilds it sorted, also after its follower has committed the current format on it (a restart
 * before the rebuild ended). An index written sorted is reopened sorted.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnsortedIndexTest implements TestPropertyProvider {

    @Inject
    ApplicationContext context;
    @Inject
    JobSeekerService seekers;
    @Inject
    VersionScan versions;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = IndexTests.properties(IndexTests.freshDir("unsorted-unused"));
        p.put("tremplin.index.auto-start", "false");
        return p;
    }

    @Test
    void anIndexWrittenWithoutTheSortServesUntilItsRebuildSortsIt() throws IOException {
        Path dir = IndexTests.freshDir("unsorted");
        JobSeeker person = seekers.create(aJobSeeker().build());
        String written;
        try (IndexService node = IndexTests.serviceWithoutAutoRebuildOn(context, dir)) {
            node.rebuild(ProgressListener.NONE);
            written = node.status().generation().orElseThrow();
            assertThat(sortedSegments(node)).as("written by this version").isTrue();
        }
        try (IndexService node = IndexTests.serviceWithoutAutoRebuildOn(context, dir)) {
            node.start();
            JobSeeker added = seekers.create(aJobSeeker().build());
            node.syncNow();
            assertThat(node.indexedVersion(IndexKind.SEEKERS, added.id())).isPresent();
            assertThat(sortedSegments(node)).as("reopened from its commit, the new segment sorted too").isTrue();
            assertThat(node.status().generation()).contains(written);
        }
        Path seekerIndex = dir.resolve(written).resolve(IndexKind.SEEKERS.directoryName());
        rewriteAsFormat5(seekerIndex);

        try (IndexService node = IndexTests.serviceWithoutAutoRebuildOn(context, dir)) {
            node.start();
            assertThat(node.status().state()).as("the older index serves").isEqualTo(IndexState.READY);
            assertThat(node.status().generation()).contains(written);
            assertThat(sortedSegments(node)).isFalse();
            assertThat(node.indexedVersion(IndexKind.SEEKERS, person.id())).hasValue(person.version());
            JobSeeker later = seekers.create(aJobSeeker().build());
            node.syncNow();
            assertThat(node.indexedVersion(IndexKind.SEEKERS, later.id())).as("and follows the outbox").isPresent();
        }
        assertThat(committedFormat(seekerIndex)).as("its follower's commit stamped the current format on it")
                .isEqualTo(String.valueOf(IndexPosition.FORMAT));

        try (IndexService node = IndexTests.serviceOn(context, dir)) {
            node.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (node.status().generation().orElse(written).equals(written) && System.nanoTime() < deadline) {
                LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
            }
            assertThat(node.status().generation()).as("rebuilt by itself, although its format is current")
                    .isPresent().get().isNotEqualTo(written);
            assertThat(sortedSegments(node)).as("rebuilt sorted").isTrue();
            assertIndexEqualsDatabase(node, versions);
        }
    }

    private static String committedFormat(Path index) throws IOException {
        try (Directory directory = FSDirectory.open(index)) {
            return SegmentInfos.readLatestCommit(directory).getUserData().get("tremplin.index.format");
        }
    }

    private static boolean sortedSegments(IndexService node) {
        return node.withSeekerSearcher(searcher -> {
            assertThat(searcher.getIndexReader().leaves()).isNotEmpty();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                if (!SpaceOrder.SORT.equals(leaf.reader().getMetaData().sort())) {
                    return false;
                }
            }
            return true;
        });
    }

    /** The job-seeker index rewritten as format 5 wrote it: the same documents, segments without a sort. */
    private static void rewriteAsFormat5(Path index) throws IOException {
        Path copy = index.resolveSibling(index.getFileName() + "-format5");
        try (Directory source = FSDirectory.open(index); Directory target = FSDirectory.open(copy);
             DirectoryReader reader = DirectoryReader.open(source);
             IndexWriter writer = new IndexWriter(target, IndexSchema.writerConfig())) {
            writer.addIndexes(reader.leaves().stream().map(leaf -> {
                try {
                    return SlowCodecReaderWrapper.wrap(leaf.reader());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toArray(CodecReader[]::new));
            Map<String, String> data = new HashMap<>(reader.getIndexCommit().getUserData());
            data.put("tremplin.index.format", "5");
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
        }
        try (Stream<Path> files = Files.list(index)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        try (Stream<Path> files = Files.list(copy)) {
            for (Path file : files.toList()) {
                Files.move(file, index.resolve(file.getFileName()));
            }
        }
        Files.delete(copy);
    }
}
