package fr.tremplin.api.matching;

import fr.tremplin.core.ranking.MatchPolicy;
import fr.tremplin.core.ranking.Ranking;
import fr.tremplin.core.referential.Referential;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ranking with the département's {@link MatchPolicy}: every key under {@code tremplin.matching} overrides the
 * default of the same name, e.g. {@code tremplin.matching.distanceHalfKm: 20} (see docs/ranking.md).
 */
@Factory
public class RankingFactory {
    private static final Logger LOG = LoggerFactory.getLogger(RankingFactory.class);
    private static final String PREFIX = "tremplin.matching";

    @Singleton
    MatchPolicy matchPolicy(Environment environment) {
        Map<String, String> overrides = new TreeMap<>();
        environment.getProperties(PREFIX).forEach((key, value) -> overrides.put(camelCase(key), asText(value)));
        if (overrides.isEmpty()) {
            return MatchPolicy.defaults();
        }
        LOG.info("Match policy overrides: {}", overrides);
        return MatchPolicy.defaults().withOverrides(overrides);
    }

    /** Configuration keys may be written distance-half-km or distanceHalfKm. */
    static String camelCase(String key) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : key.toCharArray()) {
            if (c == '-' || c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    private static String asText(Object value) {
        return value instanceof Iterable<?> list ? String.join(",", (Iterable<String>) () -> java.util.stream.StreamSupport
                .stream(list.spliterator(), false).map(String::valueOf).iterator()) : String.valueOf(value);
    }

    @Singleton
    Ranking ranking(Referential referential, MatchPolicy policy, Clock clock) {
        return new Ranking(referential, policy, clock);
    }
}
