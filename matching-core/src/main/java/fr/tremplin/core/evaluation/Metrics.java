package fr.tremplin.core.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Ranking metrics over graded judgments (grades 0 to 3, unjudged = 0).
 * <ul>
 *   <li>nDCG@k: DCG@k = Σ over ranks i = 1..k of (2^grade − 1) / log2(i + 1), divided by the DCG@k of the
 *       ideal ordering of every judged grade of the query; 1 when the query has no positive grade;</li>
 *   <li>recall@k (capped, as BEIR's R_cap@k): the people with grade ≥ {@code minGrade} found in the first k,
 *       divided by the number that can fit there, min(k, number of such people); 1 when there are none. A
 *       query with 80 relevant people can fill 50 places at best, so that is what counts as complete;</li>
 *   <li>reciprocal rank: 1 / rank of the first person with grade ≥ {@code minGrade}, 0 if none is returned.</li>
 * </ul>
 */
public final class Metrics {

    public static final int MAX_GRADE = 3;

    private Metrics() {
    }

    public static double ndcgAt(int k, List<String> ranked, Map<String, Integer> grades) {
        double ideal = dcg(k, ideal(grades));
        if (ideal == 0) {
            return 1.0;
        }
        List<Integer> gains = new ArrayList<>();
        for (String id : ranked) {
            gains.add(grades.getOrDefault(id, 0));
        }
        return dcg(k, gains) / ideal;
    }

    public static double recallAt(int k, List<String> ranked, Map<String, Integer> grades, int minGrade) {
        long relevant = grades.values().stream().filter(g -> g >= minGrade).count();
        if (relevant == 0) {
            return 1.0;
        }
        long found = ranked.stream().limit(k).filter(id -> grades.getOrDefault(id, 0) >= minGrade).count();
        return (double) found / Math.min(k, relevant);
    }

    public static double reciprocalRank(List<String> ranked, Map<String, Integer> grades, int minGrade) {
        for (int i = 0; i < ranked.size(); i++) {
            if (grades.getOrDefault(ranked.get(i), 0) >= minGrade) {
                return 1.0 / (i + 1);
            }
        }
        return 0.0;
    }

    private static List<Integer> ideal(Map<String, Integer> grades) {
        List<Integer> sorted = new ArrayList<>(grades.values());
        sorted.sort((a, b) -> Integer.compare(b, a));
        return sorted;
    }

    private static double dcg(int k, List<Integer> grades) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, grades.size()); i++) {
            dcg += (Math.pow(2, grades.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return dcg;
    }
}
