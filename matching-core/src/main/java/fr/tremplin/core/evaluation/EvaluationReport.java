package fr.tremplin.core.evaluation;

import java.util.List;
import java.util.Locale;

/**
 * The evaluation of the candidate ranking on a judged set: per-query metrics and their means.
 *
 * @param setName          the judged set's name
 * @param people           size of the corpus
 * @param judgments        number of recorded grades
 * @param queries          per-query results, in the set's order
 * @param ndcgAt10         mean nDCG@10
 * @param recallAt50       mean recall@50 (grade ≥ 1)
 * @param mrr              mean reciprocal rank (first grade ≥ 2)
 * @param millisPerQuery   mean ranking time per query, in milliseconds (in-process, after a warm-up pass)
 */
public record EvaluationReport(String setName, int people, int judgments, List<QueryResult> queries, double ndcgAt10,
                               double recallAt50, double mrr, double millisPerQuery) {

    public EvaluationReport {
        queries = List.copyOf(queries);
    }

    /** A plain-text table: one line per query, then the means. */
    public String toTable() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Judged set %s: %d queries, %d people, %d judgments%n%n",
                setName, queries.size(), people, judgments));
        out.append(String.format(Locale.ROOT, "%-6s %-14s %-38s %4s %4s %8s %9s %6s%n",
                "query", "sector", "title", "rel", "exc", "nDCG@10", "recall@50", "RR"));
        for (QueryResult q : queries) {
            out.append(String.format(Locale.ROOT, "%-6s %-14s %-38s %4d %4d %8.3f %9.3f %6.3f%n", q.queryId(),
                    cut(q.sector(), 14), cut(q.title(), 38), q.relevant(), q.excellent(), q.ndcg10(), q.recall50(),
                    q.rr()));
        }
        out.append(String.format(Locale.ROOT, "%nmean nDCG@10 = %.4f   mean recall@50 = %.4f   MRR = %.4f   "
                + "(%.2f ms per query)%n", ndcgAt10, recallAt50, mrr, millisPerQuery));
        return out.toString();
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
