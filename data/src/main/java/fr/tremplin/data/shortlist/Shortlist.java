package fr.tremplin.data.shortlist;

import fr.tremplin.core.shortlist.ShortlistStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.Version;

import java.time.Instant;

/**
 * A list of people an adviser proposes for one vacancy. Timestamps come from the application clock (not
 * the database), so that reminders and expiry can be tested with a controlled clock.
 */
@MappedEntity("shortlist")
public record Shortlist(
        @Id String id,
        String vacancyId,
        String employerId,
        @Nullable @MappedProperty("employment_unit_code") String unit,
        @Nullable String note,
        ShortlistStatus status,
        String createdBy,
        Instant createdAt,
        @Nullable Instant sentAt,
        @Nullable Instant remindedAt,
        @Nullable Instant closedAt,
        Instant updatedAt,
        @Nullable @Version Long version) {

    public Shortlist moved(ShortlistStatus newStatus, Instant at) {
        return new Shortlist(id, vacancyId, employerId, unit, note, newStatus, createdBy, createdAt,
                newStatus == ShortlistStatus.SENT ? at : sentAt, remindedAt,
                newStatus.isFinal() ? at : closedAt, at, version);
    }

    public Shortlist reminded(Instant at) {
        return new Shortlist(id, vacancyId, employerId, unit, note, status, createdBy, createdAt, sentAt, at, closedAt,
                at, version);
    }

    public Shortlist touched(Instant at) {
        return new Shortlist(id, vacancyId, employerId, unit, note, status, createdBy, createdAt, sentAt, remindedAt,
                closedAt, at, version);
    }
}
