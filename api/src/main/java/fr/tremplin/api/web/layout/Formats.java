package fr.tremplin.api.web.layout;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates, instants and numbers as French pages show them; added to every page model as {@code fmt} (templates
 * call {@code ${fmt.instant(x)}}, {@code ${fmt.percent(r)}}).
 */
@Singleton
public class Formats {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu 'à' HH'h'mm");
    private final ZoneId zone;

    public Formats(Clock clock) {
        this.zone = clock.getZone();
    }

    public String instant(@Nullable Instant at) {
        return at == null ? "—" : DATE_TIME.format(at.atZone(zone));
    }

    public String date(@Nullable LocalDate date) {
        return date == null ? "—" : DATE.format(date);
    }

    public String number(@Nullable Number n) {
        if (n == null) {
            return "—";
        }
        NumberFormat f = NumberFormat.getNumberInstance(Locale.FRANCE);
        f.setMaximumFractionDigits(1);
        return f.format(n instanceof BigDecimal b ? b.doubleValue() : n.doubleValue());
    }

    /** 0.4567 → "45,7 %"; "—" for null. */
    public String percent(@Nullable Double ratio) {
        return ratio == null ? "—" : number(ratio * 100) + " %";
    }
}
