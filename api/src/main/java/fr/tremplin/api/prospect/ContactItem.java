package fr.tremplin.api.prospect;

import fr.tremplin.data.contact.EmployerContact;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;

/** A recorded contact of a unit with a company; {@code outcomeLabel} is the French wording of the outcome. */
@Serdeable
public record ContactItem(String id, String employerId, String unit, String recordedBy, LocalDate date,
                          String outcome, String outcomeLabel, @Nullable String note, @Nullable Instant createdAt) {

    static ContactItem of(EmployerContact c) {
        return new ContactItem(c.id(), c.employerId(), c.unit(), c.recordedBy(), c.contactedOn(), c.outcome().name(),
                c.outcome().label(), c.note(), c.createdAt());
    }
}
