package fr.tremplin.api.web.form;

import io.micronaut.core.annotation.Nullable;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Reading typed values (dates, whole numbers), reporting in French what cannot be read. */
public final class FormValues {
    private FormValues() {
    }

    @Nullable
    public static LocalDate date(String field, String text, boolean required, FieldErrors errors) {
        if (text.isBlank()) {
            if (required) {
                errors.add(field, "obligatoire (JJ/MM/AAAA)");
            }
            return null;
        }
        try {
            return Dates.parse(text).orElse(null);
        } catch (DateTimeException e) {
            errors.add(field, "date invalide : utilisez le format JJ/MM/AAAA (par exemple 02/03/1994)");
            return null;
        }
    }

    @Nullable
    public static Integer integer(String field, String text, String what, FieldErrors errors) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            errors.add(field, "« " + text + " » n'est pas " + what);
            return null;
        }
    }
}
