package fr.tremplin.data.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/**
 * Activity over a period, per employment unit; {@code departement} sums every unit (and work recorded
 * without a unit), null when the report is restricted to one unit.
 */
@Serdeable
public record ActivityReport(LocalDate from, LocalDate to, @Nullable String unit, List<UnitActivity> units,
                             @Nullable UnitActivity departement) {
    public static final String DEPARTEMENT = "DEPARTEMENT";
}
