package fr.tremplin.api.transfer;

import io.micronaut.core.annotation.Nullable;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A column of an import file: the French header a spreadsheet shows (and an export writes), the field of the API
 * request it fills (also accepted as a header), and whether the column must be present. Implemented by the column
 * enum of each kind ({@link SeekerColumn}, {@link EmployerColumn}, {@link VacancyColumn}).
 */
public interface Column {
    /** What a column is: its header, its field, whether it must be present. */
    record Spec(String header, String field, boolean required) {
    }

    Spec spec();

    default String header() {
        return spec().header();
    }

    default String field() {
        return spec().field();
    }

    default boolean required() {
        return spec().required();
    }

    /** The column of a header cell: French header or field name, case, accents and spaces aside. */
    @Nullable
    static <C extends Enum<C> & Column> C ofHeader(Class<C> type, String cell) {
        String key = key(cell);
        for (C c : type.getEnumConstants()) {
            if (key(c.header()).equals(key) || key(c.field()).equals(key)) {
                return c;
            }
        }
        return null;
    }

    /**
     * The column of a field as bean validation or the checks name it: the longest column field the path is or starts
     * ("experiences[0].occupation" → EXPERIENCES, "insertionClause.hours" → the clause hours column).
     */
    @Nullable
    static <C extends Enum<C> & Column> C ofField(Class<C> type, String path) {
        String best = null;
        C found = null;
        for (C c : type.getEnumConstants()) {
            String f = c.field();
            boolean matches = path.equals(f) || path.startsWith(f) && (path.charAt(f.length()) == '['
                    || path.charAt(f.length()) == '.');
            if (matches && (best == null || f.length() > best.length())) {
                best = f;
                found = c;
            }
        }
        return found;
    }

    private static String key(String s) {
        String plain = Normalizer.normalize(s.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
