package fr.tremplin.indexer.store;

import fr.tremplin.core.index.IndexSchema;
import fr.tremplin.indexer.testing.IndexTests;
import org.apache.lucene.index.TieredMergePolicy;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job-seeker index, sorted by place, never merges into a segment larger than {@link IndexSchema#MAX_SEEKER_SEGMENT_MB}
 * (a search split over two threads would otherwise cut such a segment into regions); the vacancies' index keeps
 * Lucene's default. Both when created and when reopened from a commit.
 */
class LuceneIndexMergeTest {

    @Test
    void theJobSeekerIndexCapsItsMergedSegmentsTheVacanciesIndexDoesNot() {
        Path root = IndexTests.freshDir("merge-cap");
        try (LuceneIndex seekers = LuceneIndex.create(IndexKind.SEEKERS, root.resolve("seekers"), 16);
             LuceneIndex vacancies = LuceneIndex.create(IndexKind.VACANCIES, root.resolve("vacancies"), 16)) {
            assertThat(seekers.maxMergedSegmentMb()).isEqualTo(IndexSchema.MAX_SEEKER_SEGMENT_MB);
            assertThat(vacancies.maxMergedSegmentMb()).isEqualTo(new TieredMergePolicy().getMaxMergedSegmentMB());
            seekers.commit(IndexPosition.at(1, List.of()));
        }
        try (LuceneIndex reopened = LuceneIndex.open(IndexKind.SEEKERS, root.resolve("seekers"), 16)) {
            assertThat(reopened.maxMergedSegmentMb()).isEqualTo(IndexSchema.MAX_SEEKER_SEGMENT_MB);
        }
    }
}
