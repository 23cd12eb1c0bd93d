package fr.tremplin.core.ranking;

import fr.tremplin.core.index.IndexSchema;
import fr.tremplin.core.index.SeekerIndexView;
import fr.tremplin.core.index.VacancyIndexView;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static fr.tremplin.core.index.SeekerViewFixture.aSeeker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The candidates' retrieval read term at a time finds exactly the documents of the same Lucene query, with the same
 * scores (sums in float: within a millionth), in every segment, and hands larger segments to that query.
 */
class TermAtATimeRetrievalTest {

    private final Ranking ranking = TestIndex.ranking();

    @Test
    void retrievesTheSameDocumentsWithTheSameScoresAsTheLuceneQuery() throws IOException {
        RandomPools pools = new RandomPools(20261213L);
        List<SeekerIndexView> people = pools.seekers(600);
        List<VacancyIndexView> vacancies = pools.vacancies(40);
        int compared = 0;
        int termAtATime = 0;
        int sparseCompared = 0;
        try (TestIndex index = TestIndex.ofSeekersInSegments(List.of(people.subList(0, 150), people.subList(150, 600)))) {
            IndexSearcher searcher = index.searcher();
            for (VacancyIndexView vacancy : vacancies) {
                Query retrieval = ranking.candidateRetrieval(searcher, CandidateQuery.of(vacancy));
                if (!contains(retrieval)) {
                    continue;
                }
                termAtATime++;
                Map<Integer, Float> expected = scores(searcher, replace(retrieval, TermAtATimeRetrieval::sameQuery));
                assertThat(scores(searcher, retrieval)).as("vacancy %s", vacancy.id()).hasSameSizeAs(expected)
                        .allSatisfy((doc, score) -> assertThat(score).isCloseTo(expected.get(doc), within(1e-6f)));
                // the 450 people of the second segment read with the Lucene query, the first one's term at a time
                Query mixed = replace(retrieval, t -> t.withMaxDocs(200));
                assertThat(scores(searcher, mixed)).hasSameSizeAs(expected)
                        .allSatisfy((doc, score) -> assertThat(score).isCloseTo(expected.get(doc), within(1e-6f)));
                // a sparse filter leads: the Lucene query is advanced to its few documents instead
                List<org.apache.lucene.util.BytesRef> few = people.stream().limit(12)
                        .map(p -> new org.apache.lucene.util.BytesRef(p.id())).toList();
                Query filtered = new BooleanQuery.Builder().add(retrieval, BooleanClause.Occur.MUST)
                        .add(new TermInSetQuery(IndexSchema.ID, few), BooleanClause.Occur.FILTER).build();
                Query filteredSame = new BooleanQuery.Builder()
                        .add(replace(retrieval, TermAtATimeRetrieval::sameQuery), BooleanClause.Occur.MUST)
                        .add(new TermInSetQuery(IndexSchema.ID, few), BooleanClause.Occur.FILTER).build();
                Map<Integer, Float> sparse = scores(searcher, filteredSame);
                assertThat(scores(searcher, filtered)).hasSameSizeAs(sparse)
                        .allSatisfy((doc, score) -> assertThat(score).isCloseTo(sparse.get(doc), within(1e-6f)));
                sparseCompared += sparse.size();
                compared += expected.size();
            }
        }
        assertThat(termAtATime).as("vacancies retrieved term at a time").isGreaterThan(30);
        // 1,782 since the people who cannot be candidates carry no reach cell (2,000+ before)
        assertThat(compared).as("documents compared").isGreaterThan(1_500);
        assertThat(sparseCompared).as("documents compared under a sparse filter").isGreaterThan(20);
    }

    /**
     * A sum clause of several terms (the experience of a search over two occupations) adds its score once to a person
     * holding two of them, as Lucene's query of the clause does.
     */
    @Test
    void aClauseOfSeveralTermsCountsOncePerPerson() throws IOException {
        List<BytesRef> codes = List.of(new BytesRef("F1703"), new BytesRef("G1602"));
        TermAtATimeRetrieval.Clause experience = new TermAtATimeRetrieval.Clause(List.of(
                new TermAtATimeRetrieval.FieldTerms(IndexSchema.Seeker.EXPERIENCE_OCCUPATION, codes)), 0.25f, false);
        Query same = new BoostQuery(new ConstantScoreQuery(
                new TermInSetQuery(IndexSchema.Seeker.EXPERIENCE_OCCUPATION, codes)), 0.25f);
        try (TestIndex index = TestIndex.ofSeekers(List.of(
                aSeeker("both").experienced("F1703", 12).experienced("G1602", 30).build(),
                aSeeker("one").experienced("G1602", 30).build(),
                aSeeker("none").experienced("K1304", 30).build()))) {
            Map<Integer, Float> termAtATime = scores(index.searcher(), new TermAtATimeRetrieval(List.of(experience), same));

            assertThat(termAtATime).hasSize(2).allSatisfy((doc, score) -> assertThat(score).isEqualTo(0.25f));
            assertThat(termAtATime).isEqualTo(scores(index.searcher(), same));
        }
    }

    /**
     * The scorer tells which documents a max clause (an occupation level) matched, also through the conjunction with a
     * filter; a segment searched with the Lucene query tells nothing (the ranking then keeps its whole bound).
     */
    @Test
    void tellsWhichDocumentsAnOccupationLevelMatched() throws IOException {
        TermAtATimeRetrieval.Clause level = new TermAtATimeRetrieval.Clause(List.of(new TermAtATimeRetrieval.FieldTerms(
                IndexSchema.Seeker.TARGET_OCCUPATION, List.of(new BytesRef("F1703")))), 0.35f, true);
        TermAtATimeRetrieval.Clause skill = new TermAtATimeRetrieval.Clause(List.of(new TermAtATimeRetrieval.FieldTerms(
                IndexSchema.Seeker.SKILL, List.of(new BytesRef("100051")))), 0.1f, false);
        Query same = new BooleanQuery.Builder()
                .add(new BoostQuery(new ConstantScoreQuery(new TermInSetQuery(IndexSchema.Seeker.TARGET_OCCUPATION,
                        List.of(new BytesRef("F1703")))), 0.35f), BooleanClause.Occur.SHOULD)
                .add(new BoostQuery(new ConstantScoreQuery(new TermInSetQuery(IndexSchema.Seeker.SKILL,
                        List.of(new BytesRef("100051")))), 0.1f), BooleanClause.Occur.SHOULD).build();
        TermAtATimeRetrieval retrieval = new TermAtATimeRetrieval(List.of(skill, level), same);
        try (TestIndex index = TestIndex.ofSeekers(List.of(
                aSeeker("level").targeting("F1703").build(),
                aSeeker("skill").targeting("K1304").withSkill("100051").build(),
                aSeeker("both").targeting("F1703").withSkill("100051").build(),
                aSeeker("none").targeting("K1304").build()))) {
            IndexSearcher searcher = index.searcher();
            Query filtered = new BooleanQuery.Builder().add(retrieval, BooleanClause.Occur.MUST)
                    .add(new TermInSetQuery(IndexSchema.ID, List.of(new BytesRef("level"), new BytesRef("skill"),
                            new BytesRef("both"))), BooleanClause.Occur.FILTER).build();

            assertThat(levelled(searcher, retrieval)).containsOnly(Map.entry("level", true), Map.entry("skill", false),
                    Map.entry("both", true));
            assertThat(levelled(searcher, filtered)).containsOnly(Map.entry("level", true), Map.entry("skill", false),
                    Map.entry("both", true));
            assertThat(levelled(searcher, retrieval.withMaxDocs(2))).as("read with the Lucene query")
                    .containsOnly(Map.entry("level", false), Map.entry("skill", false), Map.entry("both", false));
        }
    }

    /** For each document retrieved (by id), whether the scorer says a max clause matched it (false when it says nothing). */
    private static Map<String, Boolean> levelled(IndexSearcher searcher, Query query) throws IOException {
        Map<String, Boolean> found = new HashMap<>();
        searcher.search(query, new SimpleCollector() {
            private FixedBitSet matched;
            private SortedDocValues ids;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                ids = DocValues.getSorted(context.reader(), IndexSchema.ID);
            }

            @Override
            public void setScorer(Scorable scorer) throws IOException {
                matched = TermAtATimeRetrieval.maxClauseMatches(scorer);
            }

            @Override
            public void collect(int doc) throws IOException {
                assertThat(ids.advanceExact(doc)).isTrue();
                found.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), matched != null && matched.get(doc));
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE;
            }
        });
        return found;
    }

    private static Map<Integer, Float> scores(IndexSearcher searcher, Query query) throws IOException {
        Map<Integer, Float> scores = new HashMap<>();
        for (ScoreDoc hit : searcher.search(query, Math.max(1, searcher.getIndexReader().maxDoc())).scoreDocs) {
            scores.put(hit.doc, hit.score);
        }
        return scores;
    }

    private static boolean contains(Query query) {
        if (query instanceof TermAtATimeRetrieval) {
            return true;
        }
        return query instanceof BooleanQuery b && b.clauses().stream().anyMatch(c -> contains(c.query()));
    }

    /** The query with its term-at-a-time part replaced. */
    private static Query replace(Query query, Function<TermAtATimeRetrieval, Query> replacement) {
        if (query instanceof TermAtATimeRetrieval t) {
            return replacement.apply(t);
        }
        if (query instanceof BooleanQuery b) {
            BooleanQuery.Builder builder = new BooleanQuery.Builder();
            for (BooleanClause clause : b.clauses()) {
                builder.add(replace(clause.query(), replacement), clause.occur());
            }
            return builder.build();
        }
        return query;
    }
}
