package fr.tremplin.core.ranking;

import fr.tremplin.core.index.SeekerIndexView;
import fr.tremplin.core.index.VacancyIndexView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Over generated pools (1,500 people, 300 vacancies, several index segments), for every vacancy, in normal,
 * strict and unit-filtered mode: no hit violates a hard filter (checked by an independent {@link Oracle}),
 * the hits are exactly the eligible people who share something with the vacancy, every explanation adds up to
 * its score, the order is by score then id, and the fast mode without counts returns the same top page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HardFiltersPropertyTest {

    private final Ranking ranking = TestIndex.ranking();
    private List<SeekerIndexView> people;
    private List<VacancyIndexView> vacancies;
    private Map<String, SeekerIndexView> peopleById;

    @BeforeAll
    void generate() {
        RandomPools pools = new RandomPools(20261201L);
        people = pools.seekers(1_500);
        vacancies = pools.vacancies(300);
        peopleById = people.stream().collect(Collectors.toMap(SeekerIndexView::id, Function.identity()));
    }

    private TestIndex threeSegments() {
        return TestIndex.ofSeekersInSegments(List.of(people.subList(0, 500), people.subList(500, 1000),
                people.subList(1000, people.size())));
    }

    @Test
    void noHitEverViolatesAHardFilterAndEveryEligiblePersonIsFound() throws IOException {
        try (TestIndex segments = threeSegments()) {
            int checkedHits = 0;
            for (VacancyIndexView vacancy : vacancies) {
                for (CandidateQuery query : List.of(
                        new CandidateQuery(vacancy, false, null, PageRequest.of(0, 200)),
                        new CandidateQuery(vacancy, true, null, PageRequest.of(0, 200)),
                        new CandidateQuery(vacancy, false, "UNIT-B", PageRequest.of(0, 200)))) {
                    RankedPage<CandidateHit> page = ranking.candidates(segments.searcher(), query);
                    for (CandidateHit hit : page.hits()) {
                        SeekerIndexView person = peopleById.get(hit.seekerId());
                        assertThat(Oracle.violations(vacancy, person, query.strict(), query.unit(), TestIndex.TODAY))
                                .as("hit %s for vacancy %s", hit.seekerId(), vacancy.id()).isEmpty();
                        assertThat(hit.explanation().total()).as("explanation of %s", hit.seekerId())
                                .isCloseTo(hit.score(), within(1e-6));
                        assertThat(hit.score()).isBetween(0.0, 1.0 + 1e-9);
                        checkedHits++;
                    }
                    Set<String> expected = eligible(vacancy, query.strict(), query.unit()).stream()
                            .map(SeekerIndexView::id).collect(Collectors.toCollection(TreeSet::new));
                    assertThat(page.total()).as("total for %s", vacancy.id()).isEqualTo(expected.size());
                    if (expected.size() <= 200) {
                        assertThat(page.hits()).extracting(CandidateHit::seekerId)
                                .as("hits for %s", vacancy.id()).containsExactlyInAnyOrderElementsOf(expected);
                    }
                    assertOrdered(page.hits());
                }
            }
            assertThat(checkedHits).as("the pools produce hits to check").isGreaterThan(2_000);
        }
    }

    @Test
    void theDistanceFacetCountsEveryEligiblePersonInTheBandOfTheirExactDistance() throws IOException {
        try (TestIndex segments = threeSegments()) {
            long counted = 0;
            for (VacancyIndexView vacancy : vacancies) {
                RankedPage<CandidateHit> page = ranking.candidates(segments.searcher(),
                        new CandidateQuery(vacancy, false, null, PageRequest.of(0, 10)));
                long[] expected = new long[FacetCounts.BANDS];
                eligible(vacancy, false, null)
                        .forEach(p -> expected[FacetCounts.band(
                                Oracle.distanceKm(Oracle.home(p), Oracle.workplace(vacancy)))]++);
                Map<String, Long> bands = page.facets().of(Facets.DISTANCE);
                assertThat(bands.values().stream().mapToLong(Long::longValue).toArray())
                        .as("distance bands of %s (%s)", vacancy.id(), bands).containsExactly(expected);
                counted += page.total();
            }
            assertThat(counted).as("eligible people counted in the bands").isGreaterThan(2_000);
        }
    }

    @Test
    void thePublicAndProgrammeFacetsCountEveryEligiblePersonOfEach() throws IOException {
        try (TestIndex segments = threeSegments()) {
            long counted = 0;
            for (VacancyIndexView vacancy : vacancies) {
                RankedPage<CandidateHit> page = ranking.candidates(segments.searcher(),
                        new CandidateQuery(vacancy, false, null, PageRequest.of(0, 10)));
                List<SeekerIndexView> eligible = eligible(vacancy, false, null);
                Map<String, Long> publics = eligible.stream().flatMap(p -> p.publics().stream())
                        .collect(Collectors.groupingBy(Enum::name, TreeMap::new, Collectors.counting()));
                Map<String, Long> programmes = eligible.stream().flatMap(p -> p.programmes().stream())
                        .collect(Collectors.groupingBy(Enum::name, TreeMap::new, Collectors.counting()));
                assertThat(new TreeMap<>(page.facets().of(Facets.PUBLICS))).as("publics of %s", vacancy.id())
                        .isEqualTo(publics);
                assertThat(new TreeMap<>(page.facets().of(Facets.PROGRAMMES))).as("programmes of %s", vacancy.id())
                        .isEqualTo(programmes);
                counted += publics.values().stream().mapToLong(Long::longValue).sum();
            }
            assertThat(counted).as("people counted in the publics").isGreaterThan(2_000);
        }
    }

    @Test
    void theFastModeWithoutCountsReturnsTheSameTopPage() throws IOException {
        try (TestIndex segments = threeSegments()) {
            for (VacancyIndexView vacancy : vacancies) {
                CandidateQuery exact = new CandidateQuery(vacancy, false, null, PageRequest.of(0, 10));
                RankedPage<CandidateHit> counted = ranking.candidates(segments.searcher(), exact);
                RankedPage<CandidateHit> fast = ranking.candidates(segments.searcher(),
                        exact.page(PageRequest.of(0, 10).withoutCounts()));
                assertThat(fast.hits()).as("vacancy %s", vacancy.id()).isEqualTo(counted.hits());
                assertThat(fast.totalExact()).isFalse();
                assertThat(fast.total()).isLessThanOrEqualTo(counted.total());
                assertThat(fast.facets().counts()).isEmpty();
            }
        }
    }

    /** The people the oracle says are candidates of the vacancy: no hard filter violated, something shared. */
    private List<SeekerIndexView> eligible(VacancyIndexView vacancy, boolean strict, String unit) {
        return people.stream()
                .filter(p -> Oracle.violations(vacancy, p, strict, unit, TestIndex.TODAY).isEmpty())
                .filter(p -> Oracle.sharesSomething(vacancy, p))
                .toList();
    }

    static void assertOrdered(List<CandidateHit> hits) {
        for (int i = 1; i < hits.size(); i++) {
            CandidateHit before = hits.get(i - 1);
            CandidateHit after = hits.get(i);
            assertThat(before.score() > after.score()
                    || (before.score() == after.score() && before.seekerId().compareTo(after.seekerId()) < 0))
                    .as("%s before %s", before.seekerId(), after.seekerId()).isTrue();
        }
    }
}
