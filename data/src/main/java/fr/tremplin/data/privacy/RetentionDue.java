package fr.tremplin.data.privacy;

import java.time.Instant;
import java.time.LocalDate;

/** A person whose file will be anonymised on {@code dueOn} unless something happens before (no name: ids only). */
public record RetentionDue(String jobSeekerId, String externalRef, String unit, String status, Instant lastActivity,
                           LocalDate dueOn) {
}
