package fr.tremplin.data.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

/**
 * One line of the audit log. {@code subjectId} is the person's audit subject (see {@link AuditSubjects}), never
 * the person's id, so that erasure can cut the link without touching the log.
 */
@MappedEntity("audit_event")
public record AuditEvent(
        @Id @GeneratedValue @Nullable Long id,
        Instant occurredAt,
        String actor,
        String actorRole,
        AuditAction action,
        @Nullable String subjectId,
        @MappedProperty("employment_unit_code") @Nullable String unit,
        @Nullable String detail) {
}
