package fr.tremplin.data.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/** An immutable list of items drawn in proportion to their weights. */
final class Weighted<T> {

    private final List<T> items;
    private final double[] cumulative;

    private Weighted(List<T> items, double[] cumulative) {
        this.items = List.copyOf(items);
        this.cumulative = cumulative;
    }

    static <T> Weighted<T> of(List<T> items, ToDoubleFunction<? super T> weight) {
        List<T> kept = new ArrayList<>(items.size());
        double[] sums = new double[items.size()];
        double total = 0;
        for (T item : items) {
            double w = weight.applyAsDouble(item);
            if (w < 0 || Double.isNaN(w)) {
                throw new IllegalArgumentException("Negative weight " + w + " for " + item);
            }
            if (w > 0) {
                total += w;
                sums[kept.size()] = total;
                kept.add(item);
            }
        }
        if (kept.isEmpty()) {
            throw new IllegalArgumentException("Nothing to draw from: no item has a positive weight among " + items);
        }
        double[] cumulative = new double[kept.size()];
        System.arraycopy(sums, 0, cumulative, 0, kept.size());
        return new Weighted<>(kept, cumulative);
    }

    T pick(SplittableRandom random) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) { // first index whose cumulative weight exceeds x
            int mid = (low + high) >>> 1;
            if (cumulative[mid] > x) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return items.get(low);
    }

    List<T> items() {
        return items;
    }
}
