package fr.tremplin.api.shortlist;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * A shortlist and its candidates. {@code answerDueAt}: while SENT, when the proposals not answered yet
 * expire (after a reminder at {@code remindedAt}).
 */
@Serdeable
public record ShortlistResponse(
        String id,
        String vacancyId,
        @Nullable String vacancyTitle,
        String employerId,
        @Nullable String unit,
        @Nullable String note,
        String status,
        String statusLabel,
        String createdBy,
        Instant createdAt,
        @Nullable Instant sentAt,
        @Nullable Instant remindedAt,
        @Nullable Instant answerDueAt,
        @Nullable Instant closedAt,
        long version,
        List<CandidateResponse> candidates) {
}
