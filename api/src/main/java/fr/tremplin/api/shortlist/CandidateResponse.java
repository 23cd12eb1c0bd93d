package fr.tremplin.api.shortlist;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * One person on a shortlist. {@code profile} is null for an employer once the proposal was withdrawn,
 * expired or closed; {@code contact} is null for an employer until it asked to meet the person (INTERVIEW).
 * For an employer, {@code jobSeekerId} is an alias valid on this shortlist only (the same person has another alias
 * on another shortlist, so that an employer cannot link them); advisers see the person's id and, in
 * {@code employerAlias}, the alias the employer sees (null for employers).
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
        @Nullable ContactDetails contact,
        @Nullable String employerAlias) {
}
