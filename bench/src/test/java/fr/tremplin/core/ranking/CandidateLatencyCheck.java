package fr.tremplin.core.ranking;

import fr.tremplin.core.index.SeekerIndexView;
import fr.tremplin.core.index.VacancyIndexView;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A micro latency check on a synthetic département: 28,000 people over the demo data's occupations (random
 * communes, radii, statuses...), in three segments on disk (memory-mapped, as the indexer's FSDirectory), ranked
 * for 300 vacancies, single thread, in-process, explanations included. Prints p50/p99 and asserts
 * no figure (the bench owns speed): the default Surefire run does not pick it up (its name does not end in Test);
 * run it with {@code -Dtest=CandidateLatencyCheck}.
 */
class CandidateLatencyCheck {

    private static final int PEOPLE = 28_000;
    private static final int ROUNDS = 20;

    @Test
    void candidatesAreServedInAFewMilliseconds(@TempDir Path directory) throws IOException {
        RandomPools pools = new RandomPools(7L, RandomPools.DEMO_OCCUPATIONS);
        List<SeekerIndexView> people = pools.seekers(PEOPLE);
        List<VacancyIndexView> vacancies = pools.vacancies(300);
        Ranking ranking = TestIndex.ranking();
        try (TestIndex index = TestIndex.ofSeekersOnDisk(directory, List.of(people.subList(0, 9_000),
                people.subList(9_000, 18_000), people.subList(18_000, PEOPLE)))) {
            IndexSearcher searcher = index.searcher();
            for (String mode : List.of("exact counts + facets", "top page only")) {
                boolean exact = mode.startsWith("exact");
                PageRequest page = exact ? PageRequest.of(0, 20) : PageRequest.of(0, 20).withoutCounts();
                long[] nanos = new long[vacancies.size() * ROUNDS];
                int n = 0;
                long hits = 0;
                for (int round = -5; round < ROUNDS; round++) {
                    for (VacancyIndexView vacancy : vacancies) {
                        long start = System.nanoTime();
                        RankedPage<CandidateHit> result = ranking.candidates(searcher,
                                new CandidateQuery(vacancy, false, null, page));
                        long took = System.nanoTime() - start;
                        if (round >= 0) {
                            nanos[n++] = took;
                            hits += result.hits().size();
                        }
                    }
                }
                Arrays.sort(nanos);
                double p50 = nanos[nanos.length / 2] / 1e6;
                double p99 = nanos[(int) (nanos.length * 0.99)] / 1e6;
                System.out.printf(Locale.ROOT, "candidates, %,d people, %s: p50 %.2f ms, p99 %.2f ms, max %.2f ms "
                        + "(%d queries, %.1f hits each)%n", PEOPLE, mode, p50, p99, nanos[nanos.length - 1] / 1e6,
                        nanos.length, (double) hits / nanos.length);
                assertThat(hits).as("the vacancies find candidates").isPositive();
            }
        }
    }
}
