package fr.tremplin.data.shortlist;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * One line of a shortlist's history: who moved what from which state to which, when and why.
 *
 * @param jobSeekerId null when the shortlist itself changed state
 * @param fromStatus  null at creation; states are stored by name (candidate or shortlist states)
 */
@MappedEntity("shortlist_transition")
public record ShortlistTransition(
        @Id @GeneratedValue @Nullable Long id,
        String shortlistId,
        @Nullable String jobSeekerId,
        TransitionKind kind,
        @Nullable String fromStatus,
        String toStatus,
        @Nullable String reason,
        @Nullable String comment,
        String actor,
        String actorRole,
        Instant occurredAt) {
}
