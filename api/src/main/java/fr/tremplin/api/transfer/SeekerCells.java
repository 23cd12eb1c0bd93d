package fr.tremplin.api.transfer;

import fr.tremplin.api.seeker.ExperienceDto;
import fr.tremplin.api.seeker.JobSeekerRequest;
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
 * One line of a file turned into a {@link JobSeekerRequest}: only the spreadsheet's notations are read here
 * (dates JJ/MM/AAAA or AAAA-MM-JJ, oui/non, lists separated by '|' or ',', experiences CODE:années); every rule is
 * left to the API's own validation and checks. A cell that cannot be read is an {@link ImportError}.
 */
final class SeekerCells {
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Map<String, String> WORKING_TIME = Map.of("TEMPS PLEIN", "FULL_TIME",
            "TEMPS PARTIEL", "PART_TIME", "INDIFFERENT", "ANY", "INDIFFÉRENT", "ANY");
    private static final Map<String, String> STATUS = Map.of("ACTIF", "ACTIVE", "ACTIVE", "ACTIVE",
            "EN EMPLOI", "PLACED", "EN PAUSE", "PAUSED", "SORTI", "EXITED", "SORTIE", "EXITED");

    private final int line;
    private final Map<SeekerColumn, String> cells;
    private final List<ImportError> errors = new ArrayList<>();

    SeekerCells(int line, Map<SeekerColumn, String> cells) {
        this.line = line;
        this.cells = cells;
    }

    List<ImportError> errors() {
        return errors;
    }

    /** The request of this line (null cells where the cell could not be read; see {@link #errors()}). */
    JobSeekerRequest request() {
        return new JobSeekerRequest(text(SeekerColumn.REF), text(SeekerColumn.FIRST_NAME), text(SeekerColumn.LAST_NAME),
                date(SeekerColumn.BIRTH_DATE), text(SeekerColumn.EMAIL), text(SeekerColumn.PHONE),
                text(SeekerColumn.COMMUNE), integer(SeekerColumn.RADIUS), codes(SeekerColumn.LICENCES),
                bool(SeekerColumn.VEHICLE), codes(SeekerColumn.OCCUPATIONS), experiences(), codes(SeekerColumn.SKILLS),
                text(SeekerColumn.SUMMARY), integer(SeekerColumn.DIPLOMA), date(SeekerColumn.AVAILABLE),
                code(SeekerColumn.WORKING_TIME, WORKING_TIME), codes(SeekerColumn.PUBLICS), text(SeekerColumn.UNIT),
                bool(SeekerColumn.CONSENT), code(SeekerColumn.STATUS, STATUS), null);
    }

    /** The cell's text, stripped, without the quote an export puts before a formula-like cell; null when empty. */
    @Nullable
    String text(SeekerColumn column) {
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
    private LocalDate date(SeekerColumn column) {
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
    private Integer integer(SeekerColumn column) {
        String v = text(column);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v.replace(" ", ""));
        } catch (NumberFormatException e) {
            return fail(column, v, "nombre entier attendu");
        }
    }

    @Nullable
    private Boolean bool(SeekerColumn column) {
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
    private String code(SeekerColumn column, Map<String, String> french) {
        String v = text(column);
        if (v == null) {
            return null;
        }
        String upper = v.toUpperCase(Locale.ROOT);
        return french.getOrDefault(upper, upper);
    }

    @Nullable
    private List<String> codes(SeekerColumn column) {
        String v = text(column);
        if (v == null) {
            return null;
        }
        return Arrays.stream(v.split("[|,]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** "F1703:2,5|N1101:1" → two experiences (years with a decimal comma or point). */
    @Nullable
    private List<ExperienceDto> experiences() {
        String v = text(SeekerColumn.EXPERIENCES);
        if (v == null) {
            return null;
        }
        List<ExperienceDto> out = new ArrayList<>();
        for (String item : v.split("\\|")) {
            if (item.isBlank()) {
                continue;
            }
            int colon = item.indexOf(':');
            if (colon < 0) {
                return fail(SeekerColumn.EXPERIENCES, v, "CODE_ROME:années attendu (ex. F1703:2,5|N1101:1)");
            }
            try {
                out.add(new ExperienceDto(item.substring(0, colon).strip(),
                        Double.valueOf(item.substring(colon + 1).strip().replace(',', '.'))));
            } catch (NumberFormatException e) {
                return fail(SeekerColumn.EXPERIENCES, v, "nombre d'années invalide (ex. F1703:2,5)");
            }
        }
        return out;
    }

    private <T> T fail(SeekerColumn column, String value, String message) {
        errors.add(new ImportError(line, column.header(), value, message));
        return null;
    }
}
