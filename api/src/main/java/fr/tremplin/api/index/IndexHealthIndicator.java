package fr.tremplin.api.index;

import fr.tremplin.indexer.IndexService;
import fr.tremplin.indexer.IndexStatus;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The "index" component of /health: DOWN while the index is being built, when it is behind the database by more
 * than {@code tremplin.index.max-lag}, or when the last consistency check found it different from the database.
 */
@Singleton
public class IndexHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {
    private final IndexService index;

    public IndexHealthIndicator(IndexService index) {
        this.index = index;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        IndexStatus status = index.status();
        healthStatus = status.problems().isEmpty() ? HealthStatus.UP : HealthStatus.DOWN;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("state", status.state().name());
        details.put("documents", status.documents());
        status.lag().ifPresent(lag -> details.put("lagMillis", lag.toMillis()));
        details.put("maxLagMillis", status.maxLag().toMillis());
        details.put("outboxPosition", status.watermark());
        details.put("pendingGaps", status.pendingGaps());
        status.rebuild().ifPresent(p -> details.put("rebuild", p.phase() + " " + p.done() + "/" + p.total()));
        status.lastVerify().ifPresent(v -> details.put("lastVerify", v.summary()));
        if (!status.problems().isEmpty()) {
            details.put("problems", status.problems());
        }
        return details;
    }

    @Override
    protected String getName() {
        return "index";
    }
}
