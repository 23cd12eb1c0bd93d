package fr.tremplin.api.insertion;

import fr.tremplin.data.insertion.InsertionHours;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/** One line of the insertion-clause ledger; {@code month} is {@code YYYY-MM}. */
@Serdeable
public record InsertionHoursResponse(String id, String publicContractId, String jobSeekerId, String placementId,
                                     String month, BigDecimal hours, String recordedBy, Instant recordedAt) {
    public static InsertionHoursResponse of(InsertionHours h) {
        return new InsertionHoursResponse(h.id(), h.publicContractId(), h.jobSeekerId(), h.placementId(),
                YearMonth.from(h.workMonth()).toString(), h.hours(), h.recordedBy(), h.recordedAt());
    }
}
