package fr.tremplin.api.audit;

import fr.tremplin.data.audit.AuditRow;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * One audit line of {@code GET /api/v1/audit}.
 *
 * @param jobSeekerId null once the person has been erased
 */
@Serdeable
public record AuditLine(Instant at, String actor, String role, String action, String actionLabel,
                        @Nullable String jobSeekerId, @Nullable String unit, @Nullable String detail) {
    public static AuditLine of(AuditRow r) {
        return new AuditLine(r.at(), r.actor(), r.role(), r.action().name(), r.action().label(), r.jobSeekerId(),
                r.unit(), r.detail());
    }
}
