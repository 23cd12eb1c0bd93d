package fr.tremplin.bench.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Reading wrk's text output (as wrk 4.1 prints it with --latency). */
class WrkResultTest {

    private static final String OUTPUT = """
            Running 10s test @ http://127.0.0.1:41235
              2 threads and 16 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency    62.31ms   31.02ms 401.10ms   71.04%
                Req/Sec   130.12     30.55   210.00     68.00%
              Latency Distribution
                 50%  812.00us
                 75%   75.11ms
                 90%  101.35ms
                 99%    1.20s
              2593 requests in 10.01s, 53.34MB read
              Socket errors: connect 0, read 2, write 0, timeout 1
              Non-2xx or 3xx responses: 4
            Requests/sec:    259.04
            Transfer/sec:      5.33MB
            """;

    @Test
    void readsTheRateTheTotalsTheMedianAndThe99thPercentileInMilliseconds() {
        WrkResult r = WrkResult.parse("/x", 16, OUTPUT);

        assertThat(r.requests()).isEqualTo(2593);
        assertThat(r.seconds()).isCloseTo(10.01, within(1e-9));
        assertThat(r.requestsPerSecond()).isCloseTo(259.04, within(1e-9));
        assertThat(r.p50Ms()).isCloseTo(0.812, within(1e-9));
        assertThat(r.p99Ms()).isCloseTo(1200, within(1e-9));
        assertThat(r.errors()).as("socket errors plus non-2xx").isEqualTo(7);
        assertThat(r.connections()).isEqualTo(16);
        assertThat(r.endpoint()).isEqualTo("/x");
        assertThat(r.line()).contains("259 req/s", "p50 0.81 ms", "p99 1200.00 ms", "7 errors");
    }

    @Test
    void countsNoErrorWhenWrkReportsNone() {
        String clean = OUTPUT.replace("  Socket errors: connect 0, read 2, write 0, timeout 1\n", "")
                .replace("  Non-2xx or 3xx responses: 4\n", "");

        assertThat(WrkResult.parse("/x", 16, clean).errors()).isZero();
    }

    @Test
    void rejectsAnOutputWithoutLatencyDistribution() {
        String withoutLatency = OUTPUT.replaceAll("(?m)^\\s+\\d+%.*\\n", "");

        assertThatThrownBy(() -> WrkResult.parse("/x", 16, withoutLatency))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("50 %");
    }
}
