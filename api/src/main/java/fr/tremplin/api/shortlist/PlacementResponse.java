package fr.tremplin.api.shortlist;

import fr.tremplin.data.placement.Placement;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A hire. {@code publics} (the priority publics the person counted for at hiring) is sensitive and left
 * out (null) for employer users, and so is {@code jobSeekerId} (an employer never sees a person's internal id);
 * {@code daysToFill} counts from the publication of the vacancy.
 */
@Serdeable
public record PlacementResponse(
        String id,
        @Nullable String jobSeekerId,
        String vacancyId,
        String employerId,
        @Nullable String shortlistId,
        @Nullable String unit,
        String contractType,
        LocalDate startDate,
        @Nullable LocalDate endDate,
        int hoursPerWeek,
        @Nullable List<String> publics,
        @Nullable String insertionContractRef,
        @Nullable Integer daysToFill,
        String hiredBy,
        Instant hiredAt) {

    public static PlacementResponse of(Placement p, boolean forEmployer) {
        return new PlacementResponse(p.id(), forEmployer ? null : p.jobSeekerId(), p.vacancyId(), p.employerId(), p.shortlistId(), p.unit(),
                p.contractType().name(), p.startDate(), p.endDate(), p.hoursPerWeek(), forEmployer ? null : p.publics(),
                p.insertionContractRef(), p.daysToFill(), p.hiredBy(), p.hiredAt());
    }
}
