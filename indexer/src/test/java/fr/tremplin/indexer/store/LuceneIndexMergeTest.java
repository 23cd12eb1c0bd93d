package fr.tremplin.indexer.store;

import fr.tremplin.core.index.IndexSchema;
import fr.tremplin.indexer.testing.IndexTests;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job-seeker index, sorted by place, never merges into a segment larger than {@link IndexSchema#MAX_SEEKER_SEGMENT_MB}
 * (a search split over two threads would otherwise cut such a segment into regions); the vacancies' index keeps
 * Lucene's default. Both when created and when reopened from a commit. An index tells when its merges have ended
 * (the bench waits for that before measuring), and a refresh then shows the merged segments.
 */
class LuceneIndexMergeTest {

    @Test
    void theJobSeekerIndexCapsItsMergedSegmentsTheVacanciesIndexDoesNot() {
        Path root = IndexTests.freshDir("merge-cap");
        try (LuceneIndex seekers = LuceneIndex.create(IndexKind.SEEKERS, root.resolve("seekers"), 16);
             LuceneIndex vacancies = LuceneIndex.create(IndexKind.VACANCIES, root.resolve("vacancies"), 16)) {
            assertThat(seekers.mergePolicy().getMaxMergedSegmentMB()).isEqualTo(IndexSchema.MAX_SEEKER_SEGMENT_MB);
            assertThat(vacancies.mergePolicy().getMaxMergedSegmentMB())
                    .isEqualTo(new TieredMergePolicy().getMaxMergedSegmentMB());
            assertThat(seekers.mergePolicy().getForceMergeDeletesPctAllowed()).as("erasures leave no deletion")
                    .isZero();
            assertThat(vacancies.mergePolicy().getForceMergeDeletesPctAllowed()).isZero();
            seekers.commit(IndexPosition.at(1, List.of()));
        }
        try (LuceneIndex reopened = LuceneIndex.open(IndexKind.SEEKERS, root.resolve("seekers"), 16)) {
            assertThat(reopened.mergePolicy().getMaxMergedSegmentMB()).isEqualTo(IndexSchema.MAX_SEEKER_SEGMENT_MB);
        }
    }

    /**
     * Merges of one-document segments end within the commits, so this does not catch {@code merging()} while true:
     * it checks that the wait ends and that, once it has, no merge is left to change what a refresh shows.
     */
    @Test
    void theMergesEndAndARefreshShowsTheirSegments() {
        Path root = IndexTests.freshDir("merging");
        try (LuceneIndex index = LuceneIndex.create(IndexKind.VACANCIES, root.resolve("vacancies"), 16)) {
            for (int i = 0; i < 30; i++) {
                Document document = new Document();
                document.add(new StringField(IndexSchema.ID, "v" + i, Field.Store.YES));
                index.upsert("v" + i, document);
                index.commit(IndexPosition.at(i + 1, List.of())); // one segment a commit: merges start past ten
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (index.merging() && System.nanoTime() < deadline) {
                LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            }
            assertThat(index.merging()).as("merges ended within 30 s").isFalse();
            index.refresh();
            int merged = leaves(index);
            assertThat(merged).as("thirty segments committed, fewer searched once merged").isLessThan(30);
            LockSupport.parkNanos(Duration.ofMillis(300).toNanos());
            index.refresh();
            assertThat(leaves(index)).as("no merge was still running").isEqualTo(merged);
            assertThat(index.searchableDocuments()).isEqualTo(30);
        }
    }

    private static int leaves(LuceneIndex index) {
        IndexSearcher searcher = index.acquire();
        try {
            return searcher.getIndexReader().leaves().size();
        } finally {
            index.release(searcher);
        }
    }
}
