package fr.tremplin.core.evaluation;

import fr.tremplin.core.index.IndexSchema;
import fr.tremplin.core.index.SeekerDocuments;
import fr.tremplin.core.index.SeekerIndexView;
import fr.tremplin.core.ranking.CandidateHit;
import fr.tremplin.core.ranking.CandidateQuery;
import fr.tremplin.core.ranking.MatchPolicy;
import fr.tremplin.core.ranking.PageRequest;
import fr.tremplin.core.ranking.Ranking;
import fr.tremplin.core.referential.Referential;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates the candidate ranking on a judged set: indexes the people in memory (as the indexer would, with
 * "today" = the set's reference date), ranks the first {@value #DEPTH} candidates of every query with the
 * given policy, and measures nDCG@10, recall@50 (grade ≥ 1) and the reciprocal rank of the first person
 * graded 2 or more. The evaluate command prints {@link EvaluationReport#toTable()}.
 */
public final class Evaluation {

    /** How many candidates are ranked per query. */
    public static final int DEPTH = 50;

    private Evaluation() {
    }

    /** Evaluates the judged set shipped in the jar with {@code policy}. */
    public static EvaluationReport run(Referential referential, MatchPolicy policy) {
        return run(referential, policy, JudgedSetFiles.load());
    }

    public static EvaluationReport run(Referential referential, MatchPolicy policy, JudgedSet set) {
        return onIndex(referential, policy, set, (ranking, searcher) -> evaluate(set, ranking, searcher));
    }

    /**
     * The first {@code depth} candidates of every query of the set, ranked with {@code policy}: query id → person ids,
     * best first (the fair-exposure simulation compares policies with it).
     */
    public static java.util.Map<String, List<String>> ranked(Referential referential, MatchPolicy policy, JudgedSet set,
                                                             int depth) {
        return onIndex(referential, policy, set, (ranking, searcher) -> {
            java.util.Map<String, List<String>> ranked = new java.util.LinkedHashMap<>();
            for (JudgedQuery query : set.queries()) {
                CandidateQuery request = new CandidateQuery(query.vacancy(), false, null, PageRequest.of(0, depth));
                ranked.put(query.id(), ranking.candidates(searcher, request).hits().stream()
                        .map(CandidateHit::seekerId).toList());
            }
            return ranked;
        });
    }

    private interface OnIndex<T> {
        T apply(Ranking ranking, IndexSearcher searcher) throws IOException;
    }

    /** Indexes the set's people in memory ("today" = the set's reference date) and runs {@code work} on them. */
    private static <T> T onIndex(Referential referential, MatchPolicy policy, JudgedSet set, OnIndex<T> work) {
        Clock clock = Clock.fixed(set.referenceDate().atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        Ranking ranking = new Ranking(referential, policy, clock);
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, IndexSchema.seekerWriterConfig())) {
                SeekerDocuments documents = new SeekerDocuments(referential, clock);
                for (SeekerIndexView person : set.people()) {
                    writer.updateDocument(IndexSchema.idTerm(person.id()), documents.toDocument(person));
                }
                writer.commit();
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setSimilarity(IndexSchema.similarity());
                return work.apply(ranking, searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Evaluating judged set " + set.name() + " failed on its in-memory index", e);
        }
    }

    private static EvaluationReport evaluate(JudgedSet set, Ranking ranking, IndexSearcher searcher) {
        for (JudgedQuery query : set.queries()) {
            ids(ranking, searcher, query); // warm-up, so the timing below is the steady state
        }
        List<QueryResult> results = new ArrayList<>();
        long nanos = 0;
        double ndcg = 0;
        double recall = 0;
        double rr = 0;
        for (JudgedQuery query : set.queries()) {
            long start = System.nanoTime();
            List<String> ranked = ids(ranking, searcher, query);
            nanos += System.nanoTime() - start;
            QueryResult result = new QueryResult(query.id(), query.sector(), query.vacancy().title(),
                    (int) query.grades().values().stream().filter(g -> g >= 1).count(),
                    (int) query.grades().values().stream().filter(g -> g >= 3).count(),
                    Metrics.ndcgAt(10, ranked, query.grades()), Metrics.recallAt(50, ranked, query.grades(), 1),
                    Metrics.reciprocalRank(ranked, query.grades(), 2),
                    ranked.stream().limit(10).map(id -> id + "(" + query.grade(id) + ")").toList());
            results.add(result);
            ndcg += result.ndcg10();
            recall += result.recall50();
            rr += result.rr();
        }
        int n = Math.max(1, results.size());
        return new EvaluationReport(set.name(), set.people().size(), set.judgmentCount(), results, ndcg / n,
                recall / n, rr / n, nanos / 1e6 / n);
    }

    private static List<String> ids(Ranking ranking, IndexSearcher searcher, JudgedQuery query) {
        CandidateQuery request = new CandidateQuery(query.vacancy(), false, null, PageRequest.of(0, DEPTH));
        return ranking.candidates(searcher, request).hits().stream().map(CandidateHit::seekerId).toList();
    }
}
