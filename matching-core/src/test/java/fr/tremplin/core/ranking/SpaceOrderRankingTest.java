package fr.tremplin.core.ranking;

import fr.tremplin.core.index.IndexSchema;
import fr.tremplin.core.index.SeekerIndexView;
import fr.tremplin.core.index.SpaceOrder;
import fr.tremplin.core.index.VacancyIndexView;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job-seeker index is sorted by {@link SpaceOrder} (the indexer's layout since format 6); an index written
 * before is not. The order of documents must change nothing a ranking returns: the same people ranked in an index in
 * the order they came and in the sorted one (one segment, and two) give the same totals, facets and pages,
 * explanations included.
 */
class SpaceOrderRankingTest {

    @Test
    void theSortedIndexRanksExactlyAsTheIndexInArrivalOrder() throws IOException {
        RandomPools pools = new RandomPools(12L, RandomPools.DEMO_OCCUPATIONS);
        List<SeekerIndexView> people = pools.seekers(2000);
        List<VacancyIndexView> vacancies = pools.vacancies(60);
        Ranking ranking = TestIndex.ranking();

        try (TestIndex arrival = TestIndex.ofSeekersUnsorted(people);
             TestIndex sorted = TestIndex.ofSeekers(people);
             TestIndex sortedInTwo = TestIndex.ofSeekersInSegments(
                     List.of(people.subList(0, 1000), people.subList(1000, 2000)))) {
            IndexSearcher plain = arrival.searcher();
            assertThat(ids(plain)).as("the unsorted index keeps the order of arrival").isSorted();
            assertThat(isSorted(plain)).isFalse();
            for (TestIndex index : List.of(sorted, sortedInTwo)) {
                IndexSearcher searcher = index.searcher();
                assertThat(isSorted(searcher)).isTrue();
                assertThat(ids(searcher)).as("the sorted index moved people").isNotEqualTo(ids(plain));
                int compared = 0;
                for (VacancyIndexView vacancy : vacancies) {
                    for (int page = 0; page < 2; page++) {
                        CandidateQuery query = new CandidateQuery(vacancy, false, null, PageRequest.of(page, 20));
                        RankedPage<CandidateHit> expected = ranking.candidates(plain, query);
                        RankedPage<CandidateHit> actual = ranking.candidates(searcher, query);
                        assertThat(actual.total()).isEqualTo(expected.total());
                        assertThat(actual.facets()).isEqualTo(expected.facets());
                        assertThat(actual.hits()).isEqualTo(expected.hits());
                        compared += expected.hits().isEmpty() ? 0 : 1;
                    }
                    FreeSearchQuery search = new FreeSearchQuery(vacancy.title(), List.of(vacancy.occupationCode()),
                            List.of(), vacancy.communeInsee(), 30, null, null, null, null, PageRequest.of(0, 20));
                    RankedPage<CandidateHit> expected = ranking.search(plain, search);
                    RankedPage<CandidateHit> actual = ranking.search(searcher, search);
                    assertThat(actual.total()).isEqualTo(expected.total());
                    assertThat(actual.hits()).isEqualTo(expected.hits());
                }
                assertThat(compared).as("pages with candidates").isGreaterThan(60);
            }
        }
    }

    /** Whether every segment of the searcher's index is sorted by {@link SpaceOrder#SORT}. */
    private static boolean isSorted(IndexSearcher searcher) {
        return searcher.getIndexReader().leaves().stream()
                .allMatch(leaf -> SpaceOrder.SORT.equals(leaf.reader().getMetaData().sort()));
    }

    /** The ids of the index's documents in document order. */
    private static List<String> ids(IndexSearcher searcher) throws IOException {
        List<String> ids = new ArrayList<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            SortedDocValues values = leaf.reader().getSortedDocValues(IndexSchema.ID);
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                assertThat(values.advanceExact(doc)).isTrue();
                ids.add(values.lookupOrd(values.ordValue()).utf8ToString());
            }
        }
        return ids;
    }
}
