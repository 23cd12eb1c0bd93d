package fr.tremplin.api.web.form;

import fr.tremplin.api.web.referential.Choice;
import fr.tremplin.api.web.referential.Labels;
import io.micronaut.core.annotation.Nullable;

import java.util.Map;

/**
 * The filters of the people and vacancy lists as typed in the search forms, read back into codes; what cannot be
 * read becomes a French message beside its field (the list then answers 400 with the form kept as typed).
 */
public final class ListFilters {
    private final Labels labels;
    private final FieldErrors errors = FieldErrors.none();

    public ListFilters(Labels labels) {
        this.labels = labels;
    }

    public FieldErrors errors() {
        return errors;
    }

    /** "44109 — Nantes", "44109" or "Nantes" → "44109"; null when blank. */
    @Nullable
    public String commune(String field, @Nullable String text) {
        if (blank(text)) {
            return null;
        }
        return labels.communeCode(text).orElseGet(() -> {
            errors.add(field, "« " + text.strip() + " » n’est pas une commune de Loire-Atlantique : tapez son nom ou "
                    + "son code postal, puis choisissez une proposition.");
            return null;
        });
    }

    /** "F1703 — Maçonnerie" or "F1703" → "F1703"; null when blank. */
    @Nullable
    public String occupation(String field, @Nullable String text) {
        if (blank(text)) {
            return null;
        }
        String code = Choice.leadingCode(text).toUpperCase(java.util.Locale.ROOT);
        if (labels.isOccupation(code)) {
            return code;
        }
        errors.add(field, "« " + text.strip() + " » n’est pas un métier du répertoire ROME : tapez un métier, puis "
                + "choisissez une proposition (ou un code ROME comme F1703).");
        return null;
    }

    /** A code among {@code allowed} (a status…); null when blank. */
    @Nullable
    public String oneOf(String field, @Nullable String value, Map<String, String> allowed, String what) {
        if (blank(value)) {
            return null;
        }
        if (allowed.containsKey(value.strip())) {
            return value.strip();
        }
        errors.add(field, "« " + value.strip() + " » n’est pas " + what + " : choisissez parmi "
                + String.join(", ", allowed.values()) + ".");
        return null;
    }

    /** The sort key a French value ({@code sorts}: French value → key) names; {@code fallback} when blank. */
    public String sort(String field, @Nullable String value, Map<String, String> sorts, String fallback) {
        if (blank(value)) {
            return fallback;
        }
        String key = sorts.get(value.strip());
        if (key == null) {
            errors.add(field, "« " + value.strip() + " » n’est pas un ordre de tri connu : choisissez parmi "
                    + String.join(", ", sorts.keySet()) + ".");
            return fallback;
        }
        return key;
    }

    /** The page number from 0; a negative or unreadable one is an error. */
    public int page(String field, @Nullable String value) {
        if (blank(value)) {
            return 0;
        }
        try {
            int page = Integer.parseInt(value.strip());
            if (page >= 0) {
                return page;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(field, "le numéro de page est un nombre entier positif ou nul.");
        return 0;
    }

    @Nullable
    public static String trimmed(@Nullable String s) {
        return blank(s) ? null : s.strip();
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
