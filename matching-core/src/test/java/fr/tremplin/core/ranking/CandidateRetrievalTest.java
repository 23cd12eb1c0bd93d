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
import java.util.List;

import static fr.tremplin.core.index.SeekerViewFixture.aSeeker;
import static fr.tremplin.core.index.VacancyViewFixture.aVacancy;
import static fr.tremplin.core.ranking.CandidateRankingGoldenTest.COFFRAGES;
import static org.assertj.core.api.Assertions.assertThat;

/** {@link Ranking#candidateRetrieval}: the query the ranking retrieves with, before any hard filter. */
class CandidateRetrievalTest {

    private final Ranking ranking = TestIndex.ranking();

    private static final VacancyIndexView MACON = aVacancy("v").occupation("F1703").in("44109").titled("Maçon")
            .requiring(COFFRAGES).build();

    @Test
    void retrievesWhoSharesTheTradeFilteredOrNotAndNobodyElse() throws IOException {
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

            assertThat(retrieved).containsExactlyInAnyOrder("macon", "macon-inactive", "coffreur");
            assertThat(ranking.candidates(index.searcher(), CandidateQuery.of(MACON)).hits())
                    .extracting(CandidateHit::seekerId).containsExactlyInAnyOrder("macon", "coffreur");
        }
    }
}
