package fr.tremplin.bench;

import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Times one kind of query over many different inputs: a warm-up (not counted), then {@code queries} measured
 * calls cycling through the inputs. Also averages a number each call returns (e.g. how many people matched).
 */
final class LatencyBench {

    private final int queries;
    private final int warmup;

    LatencyBench(int queries, int warmup) {
        this.queries = queries;
        this.warmup = warmup;
    }

    /** A measured kind of query: its latency and the mean of what the calls returned. */
    record Result(String name, Latency latency, double meanReturned) {
    }

    <T> Result measure(String name, List<T> inputs, ToLongFunction<T> query) {
        for (int i = 0; i < warmup; i++) {
            query.applyAsLong(inputs.get(i % inputs.size()));
        }
        long[] nanos = new long[queries];
        long returned = 0;
        for (int i = 0; i < queries; i++) {
            T input = inputs.get(i % inputs.size());
            long start = System.nanoTime();
            returned += query.applyAsLong(input);
            nanos[i] = System.nanoTime() - start;
        }
        return new Result(name, Latency.of(nanos), queries == 0 ? 0 : (double) returned / queries);
    }
}
