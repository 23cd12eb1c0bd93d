package fr.tremplin.api.shortlist;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * One person on a shortlist. {@code profile} is null for an employer once the proposal was withdrawn,
 * expired or closed; {@code contact} is null for an employer until it asked to meet the person (INTERVIEW).
 */
@Serdeable
public record CandidateResponse(
        String jobSeekerId,
        String displayName,
        String status,
        String statusLabel,
        Instant statusChangedAt,
        @Nullable String reason,
        @Nullable String reasonLabel,
        @Nullable String comment,
        @Nullable CandidateProfile profile,
        @Nullable ContactDetails contact) {
}
