package fr.tremplin.core.ranking;

import fr.tremplin.core.index.GeoPoint;
import fr.tremplin.core.index.IndexSchema;
import fr.tremplin.core.index.ReachCells;
import fr.tremplin.core.index.SeekerIndexView;
import fr.tremplin.core.index.VacancyIndexView;
import fr.tremplin.core.referential.Commune;
import fr.tremplin.core.testing.TestReferential;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People far from every workplace (homes moved 300 to 500 km away, as in other départements) must change nothing
 * in the candidates of the département's vacancies; on such a spread index the retrieval gets the geographic
 * filter, on the département alone it does not.
 */
class GeoRestrictionTest {

    private static final double[][] ELSEWHERE = {{3.5, 4.0}, {-3.0, 6.0}, {2.5, -0.5}};

    @Test
    void peopleElsewhereChangeNoCandidateListAndAreFilteredByTheirHomes() throws IOException {
        RandomPools pools = new RandomPools(5L, RandomPools.DEMO_OCCUPATIONS);
        List<SeekerIndexView> local = pools.seekers(1500);
        List<VacancyIndexView> vacancies = pools.vacancies(60);
        List<SeekerIndexView> far = elsewhere(new RandomPools(6L, RandomPools.DEMO_OCCUPATIONS).seekers(3000));
        Ranking ranking = TestIndex.ranking();

        try (TestIndex alone = TestIndex.ofSeekers(local);
             TestIndex spread = TestIndex.ofSeekersInSegments(List.of(local, far))) {
            IndexSearcher department = alone.searcher();
            IndexSearcher france = spread.searcher();
            int compared = 0;
            for (VacancyIndexView vacancy : vacancies) {
                GeoPoint workplace = workplace(vacancy);
                assertThat(GeoRestriction.around(france, workplace, Double.POSITIVE_INFINITY)).isNotNull();
                assertThat(GeoRestriction.around(department, workplace, Double.POSITIVE_INFINITY)).isNull();

                CandidateQuery query = new CandidateQuery(vacancy, false, null, PageRequest.of(0, 20));
                RankedPage<CandidateHit> expected = ranking.candidates(department, query);
                RankedPage<CandidateHit> actual = ranking.candidates(france, query);
                // every eligible person is counted once: a person wrongly filtered out would change these
                assertThat(actual.total()).isEqualTo(expected.total());
                assertThat(actual.facets()).isEqualTo(expected.facets());
                // the same people on the page; their order may differ where the text relevance's statistics
                // (document frequencies over the whole index) moved a score
                assertThat(ids(actual)).containsExactlyInAnyOrderElementsOf(ids(expected));
                compared += expected.hits().isEmpty() ? 0 : 1;
            }
            assertThat(compared).as("vacancies with candidates").isGreaterThan(40);
        }
    }

    /**
     * The retrieval reads the postings of the workplace's reach cell instead of the trade's everywhere, where only
     * the people who can be candidates (active and consenting) have cells; on an index where some people were written
     * before the cells existed it does without them. Both give the very candidates of the index without any place
     * filter: same totals, facets and page.
     */
    @Test
    void theReachCellsDropNobodyAndAreLeftAsideWhilePeopleLackThem() throws IOException {
        RandomPools pools = new RandomPools(8L, RandomPools.DEMO_OCCUPATIONS);
        List<SeekerIndexView> people = pools.seekers(2000);
        List<List<SeekerIndexView>> halves = List.of(people.subList(0, 1000), people.subList(1000, 2000));
        List<VacancyIndexView> vacancies = pools.vacancies(60);
        Ranking ranking = TestIndex.ranking();

        try (TestIndex withCells = TestIndex.ofSeekersInSegments(halves);
             TestIndex mixed = TestIndex.ofSeekersInSegments(halves,
                     document -> document.removeFields(IndexSchema.Seeker.REACH_CELL))) {
            IndexSearcher cells = withCells.searcher();
            IndexSearcher older = mixed.searcher();
            assertThat(ReachCells.coversEveryone(cells.getIndexReader())).isTrue();
            assertThat(ReachCells.coversEveryone(older.getIndexReader())).isFalse();
            long retrievedWithCells = 0;
            long retrievedWithout = 0;
            long notLiveWithCells = 0;
            long notLiveWithout = 0;
            int compared = 0;
            for (VacancyIndexView vacancy : vacancies) {
                CandidateQuery query = new CandidateQuery(vacancy, false, null, PageRequest.of(0, 20));
                Query cellRetrieval = ranking.candidateRetrieval(cells, query);
                Query plainRetrieval = ranking.candidateRetrieval(older, query);
                assertThat(cellRetrieval.toString()).contains(IndexSchema.Seeker.REACH_CELL);
                assertThat(plainRetrieval.toString()).doesNotContain(IndexSchema.Seeker.REACH_CELL);
                retrievedWithCells += cells.count(cellRetrieval);
                retrievedWithout += cells.count(plainRetrieval);
                notLiveWithCells += notLive(cells, cellRetrieval);
                notLiveWithout += notLive(cells, plainRetrieval);

                RankedPage<CandidateHit> expected = ranking.candidates(older, query);
                RankedPage<CandidateHit> actual = ranking.candidates(cells, query);
                assertThat(actual.total()).isEqualTo(expected.total());
                assertThat(actual.facets()).isEqualTo(expected.facets());
                assertThat(actual.hits()).isEqualTo(expected.hits());
                compared += expected.hits().isEmpty() ? 0 : 1;
            }
            assertThat(compared).as("vacancies with candidates").isGreaterThan(40);
            assertThat(retrievedWithCells).as("people retrieved with the cells, without: %d", retrievedWithout)
                    .isLessThan(retrievedWithout * 3 / 4);
            assertThat(notLiveWithout).as("people who cannot be candidates, retrieved without the cells").isPositive();
            assertThat(notLiveWithCells).as("the same, with the cells").isZero();
        }
    }

    /** How many of the people {@code query} retrieves are not active or not consenting. */
    private static long notLive(IndexSearcher searcher, Query query) throws IOException {
        long[] count = {0};
        searcher.search(query, new SimpleCollector() {
            private SeekerColumns columns;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                columns = SeekerColumns.of(context.reader());
            }

            @Override
            public void collect(int doc) {
                count[0] += (columns.flags[doc] & SeekerColumns.LIVE) == 0 ? 1 : 0;
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        return count[0];
    }

    private static GeoPoint workplace(VacancyIndexView vacancy) {
        Commune commune = TestReferential.get().commune(vacancy.communeInsee()).orElseThrow();
        return vacancy.workplace() != null ? vacancy.workplace() : new GeoPoint(commune.lat(), commune.lon());
    }

    private static List<String> ids(RankedPage<CandidateHit> page) {
        return page.hits().stream().map(CandidateHit::seekerId).toList();
    }

    /**
     * The same kind of people, their homes moved to one of three places far from Loire-Atlantique, without job
     * titles nor summary (fewer words of theirs in the text relevance's statistics).
     */
    private static List<SeekerIndexView> elsewhere(List<SeekerIndexView> people) {
        List<SeekerIndexView> moved = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            SeekerIndexView v = people.get(i);
            Commune commune = TestReferential.get().commune(v.communeInsee()).orElseThrow();
            double[] offset = ELSEWHERE[i % ELSEWHERE.length];
            moved.add(new SeekerIndexView("far-" + v.id(), v.version(), v.status(), v.consent(), v.communeInsee(),
                    new GeoPoint(commune.lat() + offset[0], commune.lon() + offset[1]), v.radiusKm(), v.licences(),
                    v.hasVehicle(), v.targetOccupations(), List.of(), v.experiences(), v.skills(), "",
                    v.diplomaLevel(), v.availableFrom(), v.workingTime(), v.publics(), v.programmes(),
                    v.employmentUnit(), v.birthYear(), v.waitingSince(), v.eligibility()));
        }
        return moved;
    }
}
