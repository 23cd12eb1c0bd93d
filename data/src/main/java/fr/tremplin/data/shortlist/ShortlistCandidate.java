package fr.tremplin.data.shortlist;

import fr.tremplin.core.shortlist.CandidateStatus;
import fr.tremplin.core.shortlist.Reason;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;

/** One person on one shortlist, with the state of the proposal. */
@MappedEntity("shortlist_candidate")
public record ShortlistCandidate(
        @Id String id,
        String shortlistId,
        String jobSeekerId,
        int listOrder,
        CandidateStatus status,
        @Nullable Reason reason,
        @Nullable String comment,
        Instant statusChangedAt,
        @Nullable Instant answeredAt,
        Instant createdAt,
        Instant updatedAt,
        @Nullable @Version Long version) {

    public ShortlistCandidate moved(CandidateStatus to, @Nullable Reason why, @Nullable String note, Instant at) {
        boolean answer = CandidateStatus.ANSWERS.contains(to) && answeredAt == null;
        return new ShortlistCandidate(id, shortlistId, jobSeekerId, listOrder, to, why, note, at,
                answer ? at : answeredAt, createdAt, at, version);
    }
}
