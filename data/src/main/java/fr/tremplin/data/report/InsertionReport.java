package fr.tremplin.data.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Insertion-clause hours of a year, per public contract (those running in the year or with hours in it),
 * with the totals; restricted to the hours of people of one unit when {@code unit} is set.
 */
@Serdeable
public record InsertionReport(int year, @Nullable String unit, List<ContractHours> contracts, Totals total) {

    /** Every contract together. */
    @Serdeable
    public record Totals(int hoursTarget, BigDecimal hoursInYear, BigDecimal hoursToDate, long people,
                         Map<String, BigDecimal> hoursByPublic, @Nullable Double rsaShare) {
    }
}
