package fr.tremplin.bench;

import java.nio.file.Path;

/**
 * What a bench run measures and how long.
 *
 * @param scenario        the data set
 * @param queries         measured queries per kind (in-process latencies)
 * @param warmup          warm-up queries per kind, not measured
 * @param rankingWarmup   seconds the rankings and the floor run, not measured, before the first in-process latency
 * @param sqlQueries      vacancies ranked by both Lucene and the SQL baseline (0: no SQL baseline)
 * @param sqlSeconds      time budget of the SQL side by side (it stops after this many seconds)
 * @param freshnessWrites writes timed from commit to searchable (0: none)
 * @param httpSeconds     measured seconds of HTTP load (0: no HTTP load)
 * @param httpWarmup      seconds of HTTP load before measuring
 * @param httpConnections concurrent connections of the load generator
 * @param out             where the JSON report goes
 */
public record BenchOptions(BenchScenario scenario, int queries, int warmup, int rankingWarmup, int sqlQueries,
                           int sqlSeconds, int freshnessWrites, int httpSeconds, int httpWarmup, int httpConnections,
                           Path out) {

    public BenchOptions {
        if (queries < 1 || warmup < 0 || rankingWarmup < 0 || sqlQueries < 0 || sqlSeconds < 1 || freshnessWrites < 0
                || httpSeconds < 0 || httpWarmup < 0 || httpConnections < 1) {
            throw new IllegalArgumentException("Options hors limites : --queries, --connections et --sql-seconds au moins 1,"
                    + " les autres au moins 0");
        }
    }
}
