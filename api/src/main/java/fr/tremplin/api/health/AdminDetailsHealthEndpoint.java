package fr.tremplin.api.health;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.management.endpoint.annotation.Endpoint;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.endpoint.health.HealthLevelOfDetail;
import io.micronaut.management.health.aggregator.HealthAggregator;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Liveness;
import io.micronaut.security.authentication.Authentication;

import java.security.Principal;

/**
 * {@code /health}, {@code /health/liveness}, {@code /health/readiness}: anonymous callers get the status only;
 * the components and their details are for an ADMIN.
 */
@Endpoint(value = HealthEndpoint.NAME, defaultSensitive = HealthEndpoint.DEFAULT_SENSITIVE)
@Replaces(HealthEndpoint.class)
public class AdminDetailsHealthEndpoint extends HealthEndpoint {

    static final String ADMIN = "ADMIN";

    public AdminDetailsHealthEndpoint(HealthAggregator<HealthResult> aggregator, HealthIndicator[] indicators,
                                      @Liveness HealthIndicator[] livenessIndicators) {
        super(aggregator, indicators, livenessIndicators);
    }

    @Override
    protected HealthLevelOfDetail levelOfDetail(@Nullable Principal principal) {
        boolean admin = principal instanceof Authentication a && a.getRoles().contains(ADMIN);
        return admin ? HealthLevelOfDetail.STATUS_DESCRIPTION_DETAILS : HealthLevelOfDetail.STATUS;
    }
}
