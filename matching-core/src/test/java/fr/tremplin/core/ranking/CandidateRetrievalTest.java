package fr.tremplin.core.ranking;

import fr.tremplin.core.index.SeekerIndexView;
import fr.tremplin.core.index.VacancyIndexView;
import fr.tremplin.core.seeker.SeekerStatus;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.tremplin.core.index.SeekerViewFixture.aSeeker;
import static fr.tremplin.core.index.VacancyViewFixture.aVacancy;
import static fr.tremplin.core.ranking.CandidateRankingGoldenTest.COFFRAGES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@link Ranking#candidateRetrieval}: the query the ranking retrieves with, before the hard filters the collector checks
 * (the reach cells already leave out the people who cannot be candidates).
 */
class CandidateRetrievalTest {

    private final Ranking ranking = TestIndex.ranking();

    private static final VacancyIndexView MACON = aVacancy("v").occupation("F1703").in("44109").titled("Maçon")
            .requiring(COFFRAGES).build();

    @Test
    void retrievesWhoSharesTheTradeAndCanBeACandidateAndNobodyElse() throws IOException {
        List<SeekerIndexView> people = List.of(
                aSeeker("macon").targeting("F1703").build(),
                aSeeker("macon-inactive").targeting("F1703").status(SeekerStatus.PAUSED).build(),
                aSeeker("coffreur").targeting("K1304").withSkill(COFFRAGES).build(),
                aSeeker("cuisinier").targeting("G1602").build());
        try (TestIndex index = TestIndex.ofSeekers(people)) {
            Query retrieval = ranking.candidateRetrieval(index.searcher(), CandidateQuery.of(MACON));
            TopDocs docs = index.searcher().search(retrieval, 10);
            List<String> retrieved = new ArrayList<>();
            for (ScoreDoc d : docs.scoreDocs) {
                retrieved.add(index.searcher().storedFields().document(d.doc).get("id"));
            }

            // the paused person has no reach cell (people who cannot be candidates have none): not even retrieved
            assertThat(retrieved).containsExactlyInAnyOrder("macon", "coffreur");
            assertThat(ranking.candidates(index.searcher(), CandidateQuery.of(MACON)).hits())
                    .extracting(CandidateHit::seekerId).containsExactlyInAnyOrder("macon", "coffreur");
        }
    }

    /**
     * The retrieval's score bounds the experience too, but only for who has some in the vacancy's occupation: the
     * others' bound leaves it out (and fewer of them are scored exactly), while nobody more is retrieved.
     */
    @Test
    void scoresTheMostTheExperienceCanGiveOnlyToWhoHasSomeInTheOccupation() throws IOException {
        List<SeekerIndexView> people = List.of(
                aSeeker("macon").targeting("F1703").build(),
                aSeeker("macon-experimente").targeting("F1703").experienced("F1703", 6).build(),
                aSeeker("ancien-macon").targeting("G1602").experienced("F1703", 6).build(),
                aSeeker("cuisinier-experimente").targeting("G1602").experienced("G1602", 60).build());
        try (TestIndex index = TestIndex.ofSeekers(people)) {
            Query retrieval = ranking.candidateRetrieval(index.searcher(), CandidateQuery.of(MACON));
            Map<String, Float> scores = new HashMap<>();
            for (ScoreDoc d : index.searcher().search(retrieval, 10).scoreDocs) {
                scores.put(index.searcher().storedFields().document(d.doc).get("id"), d.score);
            }

            assertThat(scores).containsOnlyKeys("macon", "macon-experimente", "ancien-macon");
            // the experience's weight in this ranking, from the explanation of 6 months' contribution
            double contribution = ranking.candidates(index.searcher(), CandidateQuery.of(MACON)).hits().stream()
                    .filter(h -> h.seekerId().equals("macon-experimente")).findFirst().orElseThrow()
                    .explanation().contributions().stream().filter(c -> c.feature().equals("experience"))
                    .findFirst().orElseThrow().value();
            double experienceWeight = contribution / FeatureValues.experience(6, MatchPolicy.defaults());
            assertThat(experienceWeight).isGreaterThanOrEqualTo(MatchPolicy.defaults().experienceWeight() - 1e-9);
            assertThat((double) (scores.get("macon-experimente") - scores.get("macon")))
                    .isCloseTo(experienceWeight, within(1e-6));
            assertThat(scores.get("ancien-macon")).isCloseTo(scores.get("macon-experimente"), within(1e-6f));
        }
    }
}
