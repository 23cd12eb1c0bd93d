package fr.tremplin.core.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds the matching entries into one hit per key: the key keeps its best entry and score, plus a small
 * support bonus when several of its entries match as well as the best one (within {@link #SAME_LEVEL}:
 * same words matched, only shortness or prior differ). "soudeur" matches a title in eight occupations;
 * the one with a dozen welder titles (Soudage manuel) is the likelier meaning. The bonus,
 * {@value #SUPPORT_PER_DOUBLING} per doubling of the supporting entries and at most {@value #MAX_SUPPORT},
 * stays below an exact-text match ({@value LabelQuery#EXACT_TEXT}) and a matched word.
 */
final class HitGroups {

    static final float SAME_LEVEL = 2;
    static final float SUPPORT_PER_DOUBLING = 0.25f;
    static final float MAX_SUPPORT = 1;

    private final Map<String, Group> groups = new LinkedHashMap<>();

    /** Adds a matching entry; entries must come best first. */
    void add(LabelEntry entry, float score) {
        Group group = groups.computeIfAbsent(entry.key(), key -> new Group(entry, score));
        if (score >= group.bestScore - SAME_LEVEL) {
            group.support++;
        }
    }

    /** The {@code limit} best keys, best first; ties keep the order of their best entries. */
    List<LabelHit> best(int limit) {
        List<LabelHit> hits = new ArrayList<>(groups.size());
        for (Group group : groups.values()) {
            double bonus = Math.min(MAX_SUPPORT, SUPPORT_PER_DOUBLING * Math.log(group.support) / Math.log(2));
            hits.add(new LabelHit(group.best.key(), group.best.text(), group.bestScore + bonus));
        }
        hits.sort(Comparator.comparingDouble(LabelHit::score).reversed());
        return List.copyOf(hits.subList(0, Math.min(limit, hits.size())));
    }

    private static final class Group {
        private final LabelEntry best;
        private final float bestScore;
        private int support;

        private Group(LabelEntry best, float bestScore) {
            this.best = best;
            this.bestScore = bestScore;
        }
    }
}
