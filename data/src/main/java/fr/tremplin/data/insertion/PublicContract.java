package fr.tremplin.data.insertion;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A public works or services contract with an insertion clause: the buyer (a PUBLIC_BUYER employer), its
 * reference (e.g. MP-2026-017, the {@code insertionClause.contractRef} of vacancies), the hours of insertion
 * work to deliver and the period in which to deliver them.
 */
@MappedEntity("public_contract")
public record PublicContract(
        @Id String id,
        String ref,
        String buyerId,
        String title,
        int hoursTarget,
        LocalDate startDate,
        LocalDate endDate,
        String createdBy,
        Instant createdAt,
        @Nullable @Version Long version) {
}
