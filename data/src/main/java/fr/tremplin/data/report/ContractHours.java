package fr.tremplin.data.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * The insertion hours of one public contract for a year.
 *
 * @param hoursInYear   hours worked in the months of the year
 * @param hoursToDate   hours worked from the start of the contract to the end of the year
 * @param progress      hoursToDate / hoursTarget (may exceed 1)
 * @param people        people who worked hours in the year
 * @param hoursByPublic hours of the year by priority public at hiring (a person may count for several)
 * @param rsaShare      share of the year's hours worked by RSA recipients (0–1), null without hours
 */
@Serdeable
public record ContractHours(
        String contractId,
        String ref,
        String buyerId,
        String buyerName,
        String title,
        int hoursTarget,
        LocalDate startDate,
        LocalDate endDate,
        BigDecimal hoursInYear,
        BigDecimal hoursToDate,
        double progress,
        long people,
        Map<String, BigDecimal> hoursByPublic,
        @Nullable Double rsaShare) {
}
