package fr.tremplin.api.matching;

import fr.tremplin.core.ranking.MatchPolicy;
import fr.tremplin.core.ranking.Ranking;
import fr.tremplin.core.referential.Referential;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;

/**
 * The ranking with the département's {@link MatchPolicy}: {@link MatchingSettings} ({@code tremplin.matching.*})
 * over the defaults, e.g. {@code tremplin.matching.distanceHalfKm: 20} (see docs/ranking.md).
 */
@Factory
public class RankingFactory {
    private static final Logger LOG = LoggerFactory.getLogger(RankingFactory.class);

    /** Created at startup, so that a refused setting stops the start. */
    @Context
    MatchPolicy matchPolicy(MatchingSettings settings) {
        MatchPolicy policy = settings.policy();
        if (!policy.equals(MatchPolicy.defaults())) {
            LOG.info("Match policy overrides: {}", settings);
        }
        return policy;
    }

    @Singleton
    Ranking ranking(Referential referential, MatchPolicy policy, Clock clock) {
        return new Ranking(referential, policy, clock);
    }
}
