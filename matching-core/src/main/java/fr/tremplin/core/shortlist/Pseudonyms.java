package fr.tremplin.core.shortlist;

import java.util.Locale;

/** The name an employer sees before it asks to meet someone: first name and initial ("Amina D."). */
public final class Pseudonyms {
    private Pseudonyms() {
    }

    public static String displayName(String firstName, String lastName) {
        String first = firstName == null ? "" : firstName.strip();
        String last = lastName == null ? "" : lastName.strip();
        if (last.isEmpty()) {
            return first;
        }
        String initial = new String(Character.toChars(last.codePointAt(0))).toUpperCase(Locale.FRENCH);
        return first.isEmpty() ? initial + "." : first + " " + initial + ".";
    }
}
