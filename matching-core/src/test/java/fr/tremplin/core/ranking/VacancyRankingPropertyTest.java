package fr.tremplin.core.ranking;

import fr.tremplin.core.index.SeekerIndexView;
import fr.tremplin.core.index.VacancyIndexView;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The symmetric rules for vacancies of a person, over generated pools: only OPEN vacancies with positions
 * left, within both distances, licences held, available by the start, eligible to the contract, strict
 * must-haves; every eligible vacancy sharing something is found; explanations add up.
 */
class VacancyRankingPropertyTest {

    private final Ranking ranking = TestIndex.ranking();

    @Test
    void noVacancyEverViolatesAHardFilterAndEveryEligibleOneIsFound() throws IOException {
        RandomPools pools = new RandomPools(42L);
        List<VacancyIndexView> vacancies = pools.vacancies(600);
        List<SeekerIndexView> people = pools.seekers(300);
        Map<String, VacancyIndexView> byId = vacancies.stream()
                .collect(Collectors.toMap(VacancyIndexView::id, Function.identity()));
        int checked = 0;
        try (TestIndex index = TestIndex.ofVacanciesInSegments(List.of(vacancies.subList(0, 250),
                vacancies.subList(250, vacancies.size())))) {
            for (SeekerIndexView person : people) {
                for (boolean strict : List.of(false, true)) {
                    RankedPage<VacancyHit> page = ranking.vacancies(index.searcher(),
                            new VacancyQuery(person, strict, PageRequest.of(0, 200)));
                    for (VacancyHit hit : page.hits()) {
                        VacancyIndexView vacancy = byId.get(hit.vacancyId());
                        assertThat(Oracle.common(vacancy, person, strict, TestIndex.TODAY, false))
                                .as("vacancy %s for %s", hit.vacancyId(), person.id()).isEmpty();
                        assertThat(hit.explanation().total()).isCloseTo(hit.score(), within(1e-6));
                        checked++;
                    }
                    Set<String> expected = vacancies.stream()
                            .filter(v -> Oracle.common(v, person, strict, TestIndex.TODAY, false).isEmpty())
                            .filter(v -> Oracle.sharesSomething(v, person))
                            .map(VacancyIndexView::id).collect(Collectors.toCollection(TreeSet::new));
                    assertThat(page.total()).as("total for %s", person.id()).isEqualTo(expected.size());
                    assertThat(page.hits()).extracting(VacancyHit::vacancyId).as("hits for %s", person.id())
                            .containsExactlyInAnyOrderElementsOf(expected);
                    RankedPage<VacancyHit> fast = ranking.vacancies(index.searcher(),
                            new VacancyQuery(person, strict, PageRequest.of(0, 5).withoutCounts()));
                    assertThat(fast.hits()).isEqualTo(page.hits().subList(0, Math.min(5, page.hits().size())));
                }
            }
        }
        assertThat(checked).as("the pools produce hits to check").isGreaterThan(300);
    }
}
