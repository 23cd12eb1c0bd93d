package fr.tremplin.api.transfer;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The cells of one line read in a spreadsheet's notations — dates JJ/MM/AAAA or AAAA-MM-JJ, oui/non, integers with
 * spaces, lists separated by '|' or ',', French labels of codes — shared by every kind. Only notations are read
 * here; every rule is left to the API's own validation. A cell that cannot be read is an {@link ImportError}.
 */
class Cells<C extends Enum<C> & Column> {
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final int line;
    private final Map<C, String> cells;
    private final List<ImportError> errors = new ArrayList<>();

    Cells(Line<C> line) {
        this.line = line.number();
        this.cells = line.cells();
    }

    List<ImportError> errors() {
        return errors;
    }

    boolean failed(C column) {
        return errors.stream().anyMatch(e -> column.header().equals(e.column()));
    }

    /** The cell's text, stripped, without the quote an export puts before a formula-like cell; null when empty. */
    @Nullable
    String text(C column) {
        String v = cells.get(column);
        if (v == null || v.isBlank()) {
            return null;
        }
        v = v.strip();
        if (v.length() > 1 && v.charAt(0) == '\'' && "=+-@\t\r".indexOf(v.charAt(1)) >= 0) {
            v = v.substring(1);
        }
        return v;
    }

    @Nullable
    LocalDate date(C column) {
        String v = text(column);
        if (v == null) {
            return null;
        }
        try {
            return v.contains("/") ? LocalDate.parse(v, FRENCH_DATE) : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            return fail(column, v, "date invalide : JJ/MM/AAAA ou AAAA-MM-JJ attendu");
        }
    }

    @Nullable
    Integer integer(C column) {
        String v = text(column);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v.replace(" ", "").replace("\u00A0", "").replace("\u202F", ""));
        } catch (NumberFormatException e) {
            return fail(column, v, "nombre entier attendu");
        }
    }

    @Nullable
    Boolean bool(C column) {
        String v = text(column);
        if (v == null) {
            return null;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "oui", "o", "true", "vrai", "1", "x" -> true;
            case "non", "n", "false", "faux", "0" -> false;
            default -> fail(column, v, "oui ou non attendu");
        };
    }

    /** An enumerated code, upper-cased, French labels translated; the validation says if it is not one. */
    @Nullable
    String code(C column, Map<String, String> french) {
        String v = text(column);
        if (v == null) {
            return null;
        }
        String upper = v.toUpperCase(Locale.ROOT);
        return french.getOrDefault(upper, upper);
    }

    @Nullable
    List<String> codes(C column) {
        String v = text(column);
        if (v == null) {
            return null;
        }
        return Arrays.stream(v.split("[|,]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A code typed with spaces (a SIRET « 732 829 320 00074 »), spaces removed. */
    @Nullable
    static String withoutSpaces(@Nullable String v) {
        return v == null ? null : v.replaceAll("[\\s\u00A0\u202F]", "");
    }

    <T> T fail(C column, String value, String message) {
        errors.add(new ImportError(line, column.header(), value, message));
        return null;
    }
}
