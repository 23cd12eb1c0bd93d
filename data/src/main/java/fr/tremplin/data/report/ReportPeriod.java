package fr.tremplin.data.report;

import fr.tremplin.data.common.InvalidDataException;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** Days {@code from} to {@code to}, both included, at most ten years. */
public record ReportPeriod(LocalDate from, LocalDate to) {
    public static final int MAX_YEARS = 10;

    public ReportPeriod {
        if (to.isBefore(from)) {
            throw new InvalidDataException("to", "doit être postérieure ou égale à from (" + from + ")");
        }
        if (ChronoUnit.YEARS.between(from, to) >= MAX_YEARS) {
            throw new InvalidDataException("from", "la période couvre au plus " + MAX_YEARS + " ans");
        }
    }

    /** The first instant of {@code from} in the zone, as the JDBC driver stores instants. */
    Timestamp start(ZoneId zone) {
        return Timestamp.from(from.atStartOfDay(zone).toInstant());
    }

    /** The first instant after {@code to}. */
    Timestamp end(ZoneId zone) {
        return Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    LocalDate firstMonth() {
        return from.withDayOfMonth(1);
    }

    LocalDate lastMonth() {
        return to.withDayOfMonth(1);
    }
}
