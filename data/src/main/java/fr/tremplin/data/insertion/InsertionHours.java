package fr.tremplin.data.insertion;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Hours one person worked on one public contract in one month (the first day of it), through one placement. */
@MappedEntity("insertion_hours")
public record InsertionHours(
        @Id String id,
        String publicContractId,
        String jobSeekerId,
        String placementId,
        LocalDate workMonth,
        BigDecimal hours,
        String recordedBy,
        Instant recordedAt,
        @Nullable @Version Long version) {
}
