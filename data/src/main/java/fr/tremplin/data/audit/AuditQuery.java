package fr.tremplin.data.audit;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/** Optional filters of the audit log; {@code unit} restricts to the lines about people of that unit. */
public record AuditQuery(@Nullable String jobSeekerId, @Nullable String actor, @Nullable LocalDate from,
                         @Nullable LocalDate to, @Nullable String unit) {
}
