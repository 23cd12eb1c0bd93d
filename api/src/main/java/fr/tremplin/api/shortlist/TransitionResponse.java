package fr.tremplin.api.shortlist;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * One line of a shortlist's history. {@code jobSeekerId} null: the shortlist itself; {@code kind} REMINDER:
 * the employer was reminded (no change of state); {@code from} null at creation.
 */
@Serdeable
public record TransitionResponse(
        long id,
        @Nullable String jobSeekerId,
        String kind,
        @Nullable String from,
        String to,
        @Nullable String reason,
        @Nullable String reasonLabel,
        @Nullable String comment,
        String actor,
        String actorRole,
        Instant at) {

    /** The same line naming the person otherwise (an employer sees the shortlist's alias, not the person's id). */
    public TransitionResponse withJobSeekerId(@Nullable String seen) {
        return new TransitionResponse(id, seen, kind, from, to, reason, reasonLabel, comment, actor, actorRole, at);
    }
}
