package fr.tremplin.api.insertion;

import fr.tremplin.data.insertion.PublicContract;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

/** A public contract; {@code hoursDelivered} and {@code progress} (delivered / target) when read one by one. */
@Serdeable
public record PublicContractResponse(String id, String ref, String buyerId, String title, int hoursTarget,
                                     LocalDate startDate, LocalDate endDate, @Nullable BigDecimal hoursDelivered,
                                     @Nullable Double progress, String createdBy, Instant createdAt) {

    public static PublicContractResponse of(PublicContract c, @Nullable BigDecimal delivered) {
        return new PublicContractResponse(c.id(), c.ref(), c.buyerId(), c.title(), c.hoursTarget(), c.startDate(),
                c.endDate(), delivered == null ? null : delivered.setScale(2, RoundingMode.HALF_UP),
                delivered == null ? null
                        : delivered.divide(BigDecimal.valueOf(c.hoursTarget()), 3, RoundingMode.HALF_UP).doubleValue(),
                c.createdBy(), c.createdAt());
    }
}
