package fr.tremplin.core.ranking;

import fr.tremplin.core.index.IndexSchema.Seeker;
import fr.tremplin.core.index.SeekerIndexView;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The parsed eligibility values kept per segment answer every ord as the segment's doc values, and go with it. */
class SegmentEligibilitiesTest {

    @Test
    void everyKeptValueIsTheFilesValueParsed() throws IOException {
        List<SeekerIndexView> people = new RandomPools(20261211L).seekers(400);
        int compared = 0;
        try (TestIndex index = TestIndex.ofSeekersInSegments(List.of(people.subList(0, 150), people.subList(150, 400)))) {
            for (LeafReaderContext leaf : index.searcher().getIndexReader().leaves()) {
                SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), Seeker.ELIGIBILITY);
                SegmentEligibilities kept = SegmentEligibilities.of(leaf.reader(),
                        DocValues.getSortedSet(leaf.reader(), Seeker.ELIGIBILITY));
                assertThat(SegmentEligibilities.isLoaded(leaf.reader())).isTrue();
                for (long ord = 0; ord < values.getValueCount(); ord++) {
                    assertThat(kept.get(ord)).as("ord %d", ord)
                            .isEqualTo(Seeker.parseEligibility(values.lookupOrd(ord).utf8ToString()));
                    compared++;
                }
            }
        }
        assertThat(compared).as("values compared (both segments hold some)").isGreaterThanOrEqualTo(8);
    }

    @Test
    void aSegmentsValuesAreKeptOnceAndDroppedWhenItCloses() throws IOException {
        List<SeekerIndexView> people = new RandomPools(20261212L).seekers(200);
        LeafReader segment;
        try (TestIndex index = TestIndex.ofSeekers(people)) {
            segment = index.searcher().getIndexReader().leaves().getFirst().reader();
            assertThat(SegmentEligibilities.isLoaded(segment)).as("before any use").isFalse();
            SegmentEligibilities first = SegmentEligibilities.of(segment, DocValues.getSortedSet(segment, Seeker.ELIGIBILITY));
            SegmentEligibilities second = SegmentEligibilities.of(segment, DocValues.getSortedSet(segment, Seeker.ELIGIBILITY));
            assertThat(SegmentEligibilities.isLoaded(segment)).isTrue();
            assertThat(second.get(0)).isSameAs(first.get(0));
        }
        assertThat(SegmentEligibilities.isLoaded(segment)).as("after the segment is closed").isFalse();
    }

    @Test
    void aValueThatCannotBeParsedFailsOnlyWhenItIsAskedFor() throws IOException {
        List<SeekerIndexView> people = new RandomPools(20261214L).seekers(50);
        try (TestIndex index = TestIndex.ofSeekersInSegments(List.of(people), document -> document.add(
                new org.apache.lucene.document.SortedSetDocValuesField(Seeker.ELIGIBILITY,
                        new org.apache.lucene.util.BytesRef("~NOT AN ELIGIBILITY"))))) {
            LeafReader segment = index.searcher().getIndexReader().leaves().getFirst().reader();
            SortedSetDocValues values = DocValues.getSortedSet(segment, Seeker.ELIGIBILITY);
            SegmentEligibilities kept = SegmentEligibilities.of(segment, DocValues.getSortedSet(segment, Seeker.ELIGIBILITY));
            long broken = values.lookupTerm(new org.apache.lucene.util.BytesRef("~NOT AN ELIGIBILITY"));
            assertThat(broken).isEqualTo(values.getValueCount() - 1);
            for (long ord = 0; ord < broken; ord++) {
                assertThat(kept.get(ord)).isEqualTo(Seeker.parseEligibility(values.lookupOrd(ord).utf8ToString()));
            }
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> kept.get(broken))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
