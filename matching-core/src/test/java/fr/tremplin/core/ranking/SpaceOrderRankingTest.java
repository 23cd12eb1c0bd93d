package fr.tremplin.core.ranking;

import fr.tremplin.core.index.GeoPoint;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job-seeker index is sorted by {@link SpaceOrder} (the indexer's layout since format 6); an index written
 * before is not. The order of documents must change nothing a ranking returns: the same people ranked in an index in
 * the order they came and in the sorted one (one segment, and two) give the same totals, facets and pages,
 * explanations included, also where people of equal score have their documents in the other order (twins: the same
 * profile living elsewhere, searched without a place).
 */
class SpaceOrderRankingTest {

    @Test
    void theSortedIndexRanksExactlyAsTheIndexInArrivalOrder() throws IOException {
        RandomPools pools = new RandomPools(12L, RandomPools.DEMO_OCCUPATIONS);
        List<SeekerIndexView> pool = pools.seekers(2000);
        // twins: the same person under another id, living elsewhere (first in arrival order); a search without a
        // place gives them equal scores, and the sort puts about half of them after the person they copy
        List<SeekerIndexView> people = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            people.add(twin(pool.get(i), pool.get(pool.size() - 1 - i)));
        }
        people.addAll(pool);
        List<VacancyIndexView> vacancies = pools.vacancies(60);
        Ranking ranking = TestIndex.ranking();

        try (TestIndex arrival = TestIndex.ofSeekersUnsorted(people);
             TestIndex sorted = TestIndex.ofSeekers(people);
             TestIndex sortedInTwo = TestIndex.ofSeekersInSegments(
                     List.of(people.subList(0, 1100), people.subList(1100, people.size())))) {
            IndexSearcher plain = arrival.searcher();
            assertThat(ids(plain)).as("the unsorted index keeps the order of arrival")
                    .isEqualTo(people.stream().map(SeekerIndexView::id).toList());
            assertThat(isSorted(plain)).isFalse();
            for (TestIndex index : List.of(sorted, sortedInTwo)) {
                IndexSearcher searcher = index.searcher();
                assertThat(isSorted(searcher)).isTrue();
                assertThat(ids(searcher)).as("the sorted index moved people").isNotEqualTo(ids(plain));
                Map<String, Integer> arrivalOrder = positions(ids(plain));
                Map<String, Integer> sortedOrder = positions(ids(searcher));
                int compared = 0;
                int swappedTies = 0;
                for (VacancyIndexView vacancy : vacancies) {
                    for (int page = 0; page < 2; page++) {
                        CandidateQuery query = new CandidateQuery(vacancy, false, null, PageRequest.of(page, 20));
                        RankedPage<CandidateHit> expected = ranking.candidates(plain, query);
                        RankedPage<CandidateHit> actual = ranking.candidates(searcher, query);
                        assertThat(actual.total()).isEqualTo(expected.total());
                        assertThat(actual.facets()).isEqualTo(expected.facets());
                        assertThat(actual.hits()).isEqualTo(expected.hits());
                        compared += expected.hits().isEmpty() ? 0 : 1;
                        swappedTies += swappedTies(expected.hits(), arrivalOrder, sortedOrder);
                    }
                    FreeSearchQuery search = new FreeSearchQuery(vacancy.title(), List.of(vacancy.occupationCode()),
                            List.of(), vacancy.communeInsee(), 30, null, null, null, null, PageRequest.of(0, 20));
                    RankedPage<CandidateHit> expected = ranking.search(plain, search);
                    RankedPage<CandidateHit> actual = ranking.search(searcher, search);
                    assertThat(actual.total()).isEqualTo(expected.total());
                    assertThat(actual.hits()).isEqualTo(expected.hits());
                    FreeSearchQuery anywhere = new FreeSearchQuery(vacancy.title(), List.of(vacancy.occupationCode()),
                            List.of(), null, null, null, null, null, null, PageRequest.of(0, 50));
                    RankedPage<CandidateHit> expectedAnywhere = ranking.search(plain, anywhere);
                    RankedPage<CandidateHit> actualAnywhere = ranking.search(searcher, anywhere);
                    assertThat(actualAnywhere.total()).isEqualTo(expectedAnywhere.total());
                    assertThat(actualAnywhere.hits()).isEqualTo(expectedAnywhere.hits());
                    swappedTies += swappedTies(expectedAnywhere.hits(), arrivalOrder, sortedOrder);
                }
                assertThat(compared).as("pages with candidates").isGreaterThan(60);
                assertThat(swappedTies).as("people of equal score whose documents the sort put in the other order: "
                        + "the pages agree because ties are broken by id, not by document").isGreaterThan(0);
            }
        }
    }

    @Test
    void peopleLivingSideBySideRankAsInArrivalOrderToo() throws IOException {
        // six neighbourhoods of a few hundred metres around Nantes: the sorted index puts each in one run of
        // documents, the index in arrival order mixes them; many people share a distance band
        RandomPools pools = new RandomPools(13L, RandomPools.DEMO_OCCUPATIONS);
        java.util.Random random = new java.util.Random(13L);
        double[][] centres = {{47.218, -1.554}, {47.25, -1.52}, {47.16, -1.60}, {47.28, -1.78}, {47.10, -1.40},
                {47.35, -1.30}};
        List<SeekerIndexView> people = new ArrayList<>();
        for (SeekerIndexView person : pools.seekers(2000)) {
            double[] centre = centres[random.nextInt(centres.length)];
            people.add(at(person, centre[0] + (random.nextDouble() - 0.5) * 0.006,
                    centre[1] + (random.nextDouble() - 0.5) * 0.009));
        }
        List<VacancyIndexView> vacancies = pools.vacancies(60);
        Ranking ranking = TestIndex.ranking();
        int banded = 0;
        try (TestIndex arrival = TestIndex.ofSeekersUnsorted(people);
             TestIndex sorted = TestIndex.ofSeekers(people)) {
            for (VacancyIndexView vacancy : vacancies) {
                CandidateQuery query = new CandidateQuery(vacancy, false, null, PageRequest.of(0, 20));
                RankedPage<CandidateHit> expected = ranking.candidates(arrival.searcher(), query);
                RankedPage<CandidateHit> actual = ranking.candidates(sorted.searcher(), query);
                assertThat(actual.total()).as("vacancy %s", vacancy.id()).isEqualTo(expected.total());
                assertThat(actual.facets()).isEqualTo(expected.facets());
                assertThat(actual.hits()).isEqualTo(expected.hits());
                banded += actual.facets().counts().getOrDefault(Facets.DISTANCE, Map.of()).values().stream()
                        .filter(count -> count > 0).count() > 1 ? 1 : 0;
            }
        }
        assertThat(banded).as("vacancies whose candidates fall in several distance bands").isGreaterThan(20);
    }

    /** {@code person} living at the given point. */
    private static SeekerIndexView at(SeekerIndexView person, double lat, double lon) {
        return new SeekerIndexView(person.id(), person.version(), person.status(), person.consent(),
                person.communeInsee(), new GeoPoint(lat, lon), person.radiusKm(), person.licences(),
                person.hasVehicle(), person.targetOccupations(), person.jobTitles(), person.experiences(),
                person.skills(), person.summary(), person.diplomaLevel(), person.availableFrom(),
                person.workingTime(), person.publics(), person.programmes(), person.employmentUnit(),
                person.birthYear(), person.waitingSince(), person.eligibility());
    }

    /** {@code person} under another id, at {@code elsewhere}'s home. */
    private static SeekerIndexView twin(SeekerIndexView person, SeekerIndexView elsewhere) {
        return new SeekerIndexView("twin-" + person.id(), person.version(), person.status(), person.consent(),
                elsewhere.communeInsee(), elsewhere.home(), person.radiusKm(), person.licences(), person.hasVehicle(),
                person.targetOccupations(), person.jobTitles(), person.experiences(), person.skills(), person.summary(),
                person.diplomaLevel(), person.availableFrom(), person.workingTime(), person.publics(),
                person.programmes(), person.employmentUnit(), person.birthYear(), person.waitingSince(),
                person.eligibility());
    }

    /** Each id's place in document order. */
    private static Map<String, Integer> positions(List<String> ids) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            positions.put(ids.get(i), i);
        }
        return positions;
    }

    /** Pairs of people side by side on the page, of equal score, whose documents the two indexes order differently. */
    private static int swappedTies(List<CandidateHit> hits, Map<String, Integer> before, Map<String, Integer> after) {
        int swapped = 0;
        for (int i = 1; i < hits.size(); i++) {
            CandidateHit a = hits.get(i - 1);
            CandidateHit b = hits.get(i);
            if (a.score() == b.score() && Integer.compare(before.get(a.seekerId()), before.get(b.seekerId()))
                    != Integer.compare(after.get(a.seekerId()), after.get(b.seekerId()))) {
                swapped++;
            }
        }
        return swapped;
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
