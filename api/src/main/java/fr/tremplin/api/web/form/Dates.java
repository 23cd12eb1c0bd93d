package fr.tremplin.api.web.form;

import io.micronaut.core.annotation.Nullable;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** Dates as French people type them (JJ/MM/AAAA), ISO dates accepted too. */
public final class Dates {
    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private Dates() {
    }

    /** Empty for a blank text; throws {@link DateTimeException} for text that is not a date. */
    public static Optional<LocalDate> parse(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Optional.of(LocalDate.parse(t));
        }
        if (t.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
            String[] p = t.split("/");
            return Optional.of(LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0])));
        }
        throw new DateTimeException("not a date: " + t);
    }

    public static String format(@Nullable LocalDate date) {
        return date == null ? "" : FRENCH.format(date);
    }
}
