package fr.tremplin.core.ranking;

import fr.tremplin.core.index.SeekerIndexView;
import fr.tremplin.core.index.VacancyIndexView;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link TextRelevance.Leaf} gives, for every document of every segment, the very score (to the bit) that Lucene's
 * scorer of the relevance's query gives, on both indexes, also when read again from the start ({@code restarted}).
 */
class TextLeafTest {

    /** The fields and boosts the rankings use: a vacancy's text against people, a person's against job ads. */
    private static final List<TextRelevance.FieldBoost> PEOPLE_STRONG = CandidateRanker.TITLE_FIELDS;
    private static final List<TextRelevance.FieldBoost> PEOPLE_WEAK = CandidateRanker.DESCRIPTION_FIELDS;
    private static final List<TextRelevance.FieldBoost> ADS_STRONG = VacancyRanker.STRONG_FIELDS;
    private static final List<TextRelevance.FieldBoost> ADS_WEAK = VacancyRanker.WEAK_FIELDS;

    @Test
    void scoresThePeopleAsLucenesScorerOfTheQueryDoes() throws IOException {
        RandomPools pools = new RandomPools(20261207L);
        List<SeekerIndexView> people = pools.seekers(500);
        List<VacancyIndexView> vacancies = pools.vacancies(40);
        int matched = 0;
        try (TestIndex index = TestIndex.ofSeekersInSegments(List.of(people.subList(0, 120),
                people.subList(120, 500)))) {
            for (VacancyIndexView vacancy : vacancies) {
                TextRelevance text = TextRelevance.of(index.searcher(), vacancy.title(), vacancy.description(),
                        PEOPLE_STRONG, PEOPLE_WEAK, MatchPolicy.defaults());
                if (text != null) {
                    matched += compare(index.searcher(), text);
                }
            }
        }
        assertThat(matched).as("documents with a text score compared").isGreaterThan(500);
    }

    @Test
    void scoresTheJobAdsAsLucenesScorerOfTheQueryDoes() throws IOException {
        RandomPools pools = new RandomPools(20261208L);
        List<VacancyIndexView> vacancies = pools.vacancies(300);
        List<SeekerIndexView> people = pools.seekers(40);
        int matched = 0;
        try (TestIndex index = TestIndex.ofVacanciesInSegments(List.of(vacancies.subList(0, 100),
                vacancies.subList(100, 300)))) {
            for (SeekerIndexView person : people) {
                TextRelevance text = TextRelevance.of(index.searcher(), "Profil " + person.summary(), person.summary(),
                        ADS_STRONG, ADS_WEAK, MatchPolicy.defaults());
                if (text != null) {
                    matched += compare(index.searcher(), text);
                }
            }
        }
        assertThat(matched).as("documents with a text score compared").isGreaterThan(100);
    }

    /** Every document of every segment, every second one, then all again after a restart; the count of scores > 0. */
    private static int compare(IndexSearcher searcher, TextRelevance text) throws IOException {
        Weight lucene = searcher.createWeight(searcher.rewrite(text.query()), ScoreMode.COMPLETE, 1f);
        int matched = 0;
        for (LeafReaderContext context : searcher.getIndexReader().leaves()) {
            TextRelevance.Leaf leaf = text.leaf(context);
            float[] expected = expected(lucene, context);
            for (int doc = 0; doc < expected.length; doc += 2) {
                assertThat(Float.floatToIntBits((float) leaf.score(doc))).as("doc %d", doc)
                        .isEqualTo(Float.floatToIntBits(expected[doc]));
            }
            leaf.restart();
            for (int doc = 0; doc < expected.length; doc++) {
                assertThat(Float.floatToIntBits((float) leaf.score(doc))).as("doc %d after a restart", doc)
                        .isEqualTo(Float.floatToIntBits(expected[doc]));
                if (expected[doc] > 0) {
                    matched++;
                }
            }
        }
        return matched;
    }

    private static float[] expected(Weight weight, LeafReaderContext context) throws IOException {
        float[] scores = new float[context.reader().maxDoc()];
        Scorer scorer = weight.scorer(context);
        if (scorer != null) {
            DocIdSetIterator it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                scores[doc] = scorer.score();
            }
        }
        return scores;
    }
}
