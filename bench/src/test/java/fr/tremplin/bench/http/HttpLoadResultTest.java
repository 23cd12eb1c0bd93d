package fr.tremplin.bench.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HttpLoadResultTest {
    @Test
    void jsonRoundTrips() {
        HttpLoadResult result = new HttpLoadResult(1234, 5, 2.5, 493.6, 1.25, 3.5, 7.125, 42.0, 16);
        assertThat(result.toJson()).doesNotContain("\n").startsWith("{\"requests\":1234,");
        assertThat(HttpLoadResult.parse(result.toJson())).isEqualTo(result);
    }

    @Test
    void parsesSpacesExponentsAndExtraFields() {
        HttpLoadResult result = HttpLoadResult.parse(" { \"requests\": 3, \"errors\": 0, \"seconds\": 1e0,"
                + " \"requestsPerSecond\": 3.0, \"p50Ms\": 0.5, \"p95Ms\": 1, \"p99Ms\": 1, \"maxMs\": 1.5E0,"
                + " \"connections\": 2, \"note\": 7 } ");
        assertThat(result).isEqualTo(new HttpLoadResult(3, 0, 1, 3, 0.5, 1, 1, 1.5, 2));
    }

    @Test
    void rejectsMissingFieldsAndNonObjects() {
        assertThatThrownBy(() -> HttpLoadResult.parse("{\"requests\":1}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("errors");
        assertThatThrownBy(() -> HttpLoadResult.parse("oops")).isInstanceOf(IllegalArgumentException.class);
    }
}
