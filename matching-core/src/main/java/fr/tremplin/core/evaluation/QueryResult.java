package fr.tremplin.core.evaluation;

import java.util.List;

/**
 * One query's evaluation.
 *
 * @param queryId   the vacancy id
 * @param sector    its sector label
 * @param title     its title
 * @param relevant  people graded 1 or more for it
 * @param excellent people graded 3 for it
 * @param ndcg10    nDCG@10
 * @param recall50  recall@50 of the people graded 1 or more
 * @param rr        reciprocal rank of the first person graded 2 or more
 * @param top       the ids of the first 10 hits, with their grades, e.g. "p0123(3)"
 */
public record QueryResult(String queryId, String sector, String title, int relevant, int excellent, double ndcg10,
                          double recall50, double rr, List<String> top) {
    public QueryResult {
        top = List.copyOf(top);
    }
}
