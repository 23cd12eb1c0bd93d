package fr.tremplin.core.evaluation;

import fr.tremplin.core.index.SeekerIndexView;
import fr.tremplin.core.ranking.Feature;
import fr.tremplin.core.ranking.MatchPolicy;
import fr.tremplin.core.testing.TestReferential;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fair-exposure simulation (docs/adviser-intelligence.md): the judged set ranked with the default policy and with the
 * "waiting" weight set to 0 (its 0.04 spread over the other weights in proportion, as weights add up to 1); prints, for each, how many of the top 10 places of all queries go to people waiting 6 months
 * or more, and 12 months or more, without a proposal, and the nDCG@10. The figures in the docs come from this output.
 */
class WaitingExposureSimulationTest {

    @Test
    void theWaitingWeightGivesLongWaitingPeopleMoreOfTheTopTen() {
        JudgedSet set = JudgedSetFiles.load();
        MatchPolicy on = MatchPolicy.defaults();
        MatchPolicy off = withoutWaiting(on);
        Exposure withWaiting = exposure(set, on);
        Exposure without = exposure(set, off);
        double ndcgOn = Evaluation.run(TestReferential.get(), on, set).ndcgAt10();
        double ndcgOff = Evaluation.run(TestReferential.get(), off, set).ndcgAt10();
        System.out.printf("Judged set %s: %d people, %d queries; %.1f %% of the people wait 6 months or more, %.1f %% 12 months or more%n",
                set.name(), set.people().size(), set.queries().size(), 100.0 * share(set, 6), 100.0 * share(set, 12));
        System.out.printf("waitingWeight %.2f: top-10 places %d, waiting >= 6 months %d (%.1f %%), >= 12 months %d (%.1f %%), nDCG@10 %.4f%n",
                on.waitingWeight(), withWaiting.places, withWaiting.over6, 100.0 * withWaiting.over6 / withWaiting.places,
                withWaiting.over12, 100.0 * withWaiting.over12 / withWaiting.places, ndcgOn);
        System.out.printf("waitingWeight 0.00: top-10 places %d, waiting >= 6 months %d (%.1f %%), >= 12 months %d (%.1f %%), nDCG@10 %.4f%n",
                without.places, without.over6, 100.0 * without.over6 / without.places, without.over12,
                100.0 * without.over12 / without.places, ndcgOff);
        System.out.printf("Top-10 lists changed by the weight: %d of %d queries%n", withWaiting.changedAgainst(without),
                set.queries().size());

        assertThat(withWaiting.places).isEqualTo(without.places);
        assertThat(withWaiting.over6).as("long-waiting people in the top 10").isGreaterThan(without.over6);
        assertThat(withWaiting.over12).isGreaterThanOrEqualTo(without.over12);
        assertThat(ndcgOff - ndcgOn).as("the boost costs little relevance").isLessThan(0.02);
    }

    /** The same policy with the waiting weight at 0, its share spread over the seven others in proportion (sum 1). */
    static MatchPolicy withoutWaiting(MatchPolicy policy) {
        double rest = 1 - policy.waitingWeight();
        Map<String, String> overrides = new HashMap<>();
        for (Feature f : Feature.values()) {
            overrides.put(f.weightKey(), f == Feature.WAITING ? "0" : Double.toString(policy.weight(f) / rest));
        }
        return policy.withOverrides(overrides);
    }

    private static double share(JudgedSet set, int months) {
        LocalDate limit = set.referenceDate().minusMonths(months);
        return set.people().stream().filter(p -> p.waitingSince() != null && !p.waitingSince().isAfter(limit)).count()
                / (double) set.people().size();
    }

    private static Exposure exposure(JudgedSet set, MatchPolicy policy) {
        Map<String, SeekerIndexView> people = new HashMap<>();
        set.people().forEach(p -> people.put(p.id(), p));
        Map<String, List<String>> ranked = Evaluation.ranked(TestReferential.get(), policy, set, 10);
        Exposure e = new Exposure(ranked);
        LocalDate six = set.referenceDate().minusMonths(6);
        LocalDate twelve = set.referenceDate().minusMonths(12);
        for (List<String> top : ranked.values()) {
            for (String id : top) {
                LocalDate since = people.get(id).waitingSince();
                e.places++;
                if (since != null && !since.isAfter(six)) {
                    e.over6++;
                }
                if (since != null && !since.isAfter(twelve)) {
                    e.over12++;
                }
            }
        }
        return e;
    }

    private static final class Exposure {
        final Map<String, List<String>> ranked;
        int places;
        int over6;
        int over12;

        Exposure(Map<String, List<String>> ranked) {
            this.ranked = ranked;
        }

        long changedAgainst(Exposure other) {
            return ranked.keySet().stream().filter(q -> !ranked.get(q).equals(other.ranked.get(q))).count();
        }
    }
}
