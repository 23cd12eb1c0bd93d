package fr.tremplin.core.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The best {@code capacity} hits seen so far: higher score first, then ascending id, so equal scores always
 * come out in the same order whatever the segments or threads.
 */
final class TopHits {

    static final Comparator<HitData> BEST_FIRST =
            Comparator.comparingDouble((HitData hit) -> -hit.score()).thenComparing(HitData::id);

    private final int capacity;
    private final PriorityQueue<HitData> worstFirst;

    TopHits(int capacity) {
        this.capacity = capacity;
        this.worstFirst = new PriorityQueue<>(Math.min(capacity, 1024) + 1, BEST_FIRST.reversed());
    }

    boolean isFull() {
        return worstFirst.size() >= capacity;
    }

    /** The lowest score kept, when full; -infinity before. */
    double threshold() {
        return isFull() ? worstFirst.peek().score() : Double.NEGATIVE_INFINITY;
    }

    /** Whether a hit with this score and id would be kept; the id is read only for a tie with the worst kept. */
    boolean accepts(double score, HitId id) {
        if (!isFull()) {
            return true;
        }
        HitData worst = worstFirst.peek();
        return score > worst.score() || (score == worst.score() && id.get().compareTo(worst.id()) < 0);
    }

    /** Whether a hit with this score could be kept, whatever its id. */
    boolean mayAccept(double score) {
        return !isFull() || score >= worstFirst.peek().score();
    }

    void offer(HitData hit) {
        if (!accepts(hit.score(), hit.hitId())) {
            return;
        }
        worstFirst.add(hit);
        if (worstFirst.size() > capacity) {
            worstFirst.poll();
        }
    }

    void addAll(TopHits other) {
        other.worstFirst.forEach(this::offer);
    }

    /** The hits, best first. */
    List<HitData> sorted() {
        List<HitData> hits = new ArrayList<>(worstFirst);
        hits.sort(BEST_FIRST);
        return hits;
    }
}
