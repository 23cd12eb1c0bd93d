package fr.tremplin.core.index;

import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IndexSchemaTest {

    @Test
    void idTermIsTheUpsertKey() {
        assertThat(IndexSchema.idTerm("s-42")).isEqualTo(new Term(IndexSchema.ID, "s-42"));
    }

    @Test
    void experienceHasOneFieldPerOccupation() {
        assertThat(IndexSchema.Seeker.experienceMonths("f1703")).isEqualTo("experience_months.F1703");
    }

    @Test
    void eligibilityDocValuesReadBackWholeEvenWithBarsInTheReason() {
        var eligibility = new fr.tremplin.core.eligibility.Eligibility(fr.tremplin.core.seeker.Programme.PEC, "PEC_RSA",
                "Bénéficiaire du RSA | cas particulier : éligible au PEC");

        String value = IndexSchema.Seeker.eligibilityValue(eligibility);

        assertThat(value).isEqualTo("PEC|PEC_RSA|Bénéficiaire du RSA | cas particulier : éligible au PEC");
        assertThat(IndexSchema.Seeker.parseEligibility(value)).isEqualTo(eligibility);
    }

    @Test
    void writerUsesBm25WithDefaultsAndTheFrenchAnalyzer() {
        var config = IndexSchema.writerConfig();

        assertThat(config.getSimilarity()).isInstanceOfSatisfying(BM25Similarity.class, bm25 -> {
            assertThat(bm25.getK1()).isEqualTo(1.2f);
            assertThat(bm25.getB()).isEqualTo(0.75f);
        });
        assertThat(Analyzers.terms(config.getAnalyzer(), "Aide-maçonnes")).containsExactly("aide", "macon");
    }

    @Test
    void theJobSeekerWriterSortsByPlaceAndCapsItsMergedSegments() {
        var config = IndexSchema.seekerWriterConfig();

        assertThat(config.getIndexSort()).isEqualTo(SpaceOrder.SORT);
        assertThat(config.getMergePolicy()).isInstanceOfSatisfying(TieredMergePolicy.class,
                policy -> assertThat(policy.getMaxMergedSegmentMB()).isEqualTo(IndexSchema.MAX_SEEKER_SEGMENT_MB));
        assertThat(IndexSchema.MAX_SEEKER_SEGMENT_MB).as("below Lucene's default of 5 GB")
                .isLessThan(new TieredMergePolicy().getMaxMergedSegmentMB());
    }
}
