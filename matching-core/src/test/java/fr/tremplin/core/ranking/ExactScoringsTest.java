package fr.tremplin.core.ranking;

import fr.tremplin.core.index.SeekerIndexView;
import fr.tremplin.core.index.SeekerViewFixture;
import fr.tremplin.core.index.VacancyIndexView;
import fr.tremplin.core.testing.TestReferential;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static fr.tremplin.core.index.SeekerViewFixture.aSeeker;
import static fr.tremplin.core.index.VacancyViewFixture.aVacancy;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bounds spare the exact scoring of who cannot make the page: a person an occupation level retrieved carries no
 * grand-domain slack, and a person whose experience falls short is set aside once it is read, before the other
 * features. Twenty masons with a full experience fill the page; forty others, one diploma level short (a gap smaller
 * than the grand domain's share of the bound), and forty with one month of experience, score below them.
 */
class ExactScoringsTest {

    private static final VacancyIndexView MACON = aVacancy("v").occupation("F1703").in("44109").titled("Maçon")
            .minDiploma(3).build();

    private final CandidateRanker ranker = new CandidateRanker(TestReferential.get(), MatchPolicy.defaults(),
            TestIndex.CLOCK);

    @Test
    void onlyThePageIsScoredFromTheFeatures() throws IOException {
        List<SeekerIndexView> people = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            people.add(mason("confirme-" + i).diploma(3).experienced("F1703", 48).build());
        }
        for (int i = 0; i < 40; i++) {
            people.add(mason("diplome-inferieur-" + i).diploma(2).experienced("F1703", 48).build());
        }
        for (int i = 0; i < 40; i++) {
            people.add(mason("debutant-" + i).diploma(3).experienced("F1703", 1).build());
        }
        try (TestIndex index = TestIndex.ofSeekers(people)) {
            CandidateQuery query = CandidateQuery.of(MACON);
            RankedPage<CandidateHit> page = TestIndex.ranking().candidates(index.searcher(), query);

            assertThat(page.total()).isEqualTo(100);
            assertThat(page.hits()).extracting(CandidateHit::seekerId).allMatch(id -> id.startsWith("confirme-"));
            assertThat(ranker.exactScorings(index.searcher(), query)).isEqualTo(20);
        }
    }

    private static SeekerViewFixture mason(String id) {
        return aSeeker(id).targeting("F1703").in("44109").radius(30).summary("Maçon");
    }
}
