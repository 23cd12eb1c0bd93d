package fr.tremplin.data.audit;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * One audit line as read back.
 *
 * @param jobSeekerId the person's id, or null once the person has been erased (the line stays, the link is gone)
 */
public record AuditRow(long id, Instant at, String actor, String role, AuditAction action,
                       @Nullable String jobSeekerId, @Nullable String unit, @Nullable String detail) {
}
