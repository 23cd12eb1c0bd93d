package fr.tremplin.api.web.referential;

/**
 * A referential entry as the forms show it: {@code code} is submitted, {@code text} ("F1703 — Maçonnerie") is
 * what a person reads and what the autocomplete lists put in the field.
 */
public record Choice(String code, String label) {
    public static final String SEPARATOR = " — ";

    public String text() {
        return label.isEmpty() ? code : code + SEPARATOR + label;
    }

    /** "F1703 — Maçonnerie" or "F1703" → "F1703"; the text itself when it does not start with a code. */
    public static String leadingCode(String text) {
        String t = text.strip();
        int cut = t.indexOf(SEPARATOR.strip());
        String head = (cut < 0 ? t : t.substring(0, cut)).strip();
        int space = head.indexOf(' ');
        return space < 0 ? head : head.substring(0, space);
    }
}
