package fr.tremplin.data.demo;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Small French text helpers for the generated names, summaries and descriptions. */
final class FrenchText {

    private static final Locale FRENCH = Locale.FRANCE;
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", FRENCH);
    private static final String SEPARATOR = " / ";

    private FrenchText() {
    }

    /**
     * The masculine and feminine forms of a ROME job title written "Masc / Fem tail", e.g.
     * "Chauffeur / Chauffeuse de machines agricoles" → "Chauffeur de machines agricoles" and "Chauffeuse de
     * machines agricoles", or "Head masc / fem tail", e.g. "Aide ménager / ménagère à domicile". A title
     * without " / " is both. Empty when the label has several " / " or does not split safely.
     */
    static Optional<GenderedTitle> gendered(String label) {
        String text = accentInitialE(label.strip());
        int at = text.indexOf(SEPARATOR);
        if (at < 0) {
            return Optional.of(new GenderedTitle(text, text));
        }
        if (text.indexOf(SEPARATOR, at + SEPARATOR.length()) >= 0) {
            return Optional.empty();
        }
        String[] left = text.substring(0, at).trim().split(" ");
        String[] right = text.substring(at + SEPARATOR.length()).trim().split(" ");
        right[0] = accentInitialE(right[0]);
        int k = left.length;
        if (Character.isLowerCase(right[0].charAt(0))) { // the feminine replaces the last word of the left side
            if (k < 2) {
                return Optional.empty();
            }
            String head = String.join(" ", Arrays.copyOfRange(left, 0, k - 1));
            String tail = join(right, 1);
            return Optional.of(new GenderedTitle(String.join(" ", left) + tail, head + " " + right[0] + tail));
        }
        if (right.length < k) {
            return Optional.empty();
        }
        String tail = join(right, k);
        return Optional.of(new GenderedTitle(String.join(" ", left) + tail,
                String.join(" ", Arrays.copyOfRange(right, 0, k)) + tail));
    }

    /** " w[from] w[from+1] ..." or "" when nothing is left. */
    private static String join(String[] words, int from) {
        return from >= words.length ? "" : " " + String.join(" ", Arrays.copyOfRange(words, from, words.length));
    }

    /**
     * ROME writes capital initials without accents ("Etablir un devis", "Electricien"): restores the É of
     * "E" + one consonant + vowel, "E" + consonant + l/r and "Equ", but not of "En", "Em", "Es", "Ex" + consonant.
     */
    static String accentInitialE(String text) {
        if (text.length() < 3 || text.charAt(0) != 'E') {
            return text;
        }
        char c1 = text.charAt(1);
        char c2 = text.charAt(2);
        boolean accented = (c1 == 'q' && c2 == 'u')
                || ("bcdfghjklprtvz".indexOf(c1) >= 0 && isVowel(c2))
                || ("bcdfgptv".indexOf(c1) >= 0 && (c2 == 'l' || c2 == 'r'));
        return accented ? "É" + text.substring(1) : text;
    }

    private static boolean isVowel(char c) {
        return "aeiouyéèêàâîôû".indexOf(c) >= 0;
    }

    /** A job title in both genders. */
    record GenderedTitle(String masculine, String feminine) {
        String of(boolean woman) {
            return woman ? feminine : masculine;
        }
    }

    /** "Entretenir des locaux" → "entretenir des locaux"; acronyms ("CACES") are left alone. */
    static String lowerFirst(String text) {
        text = accentInitialE(text);
        if (text.length() < 2 || !Character.isUpperCase(text.charAt(0)) || Character.isUpperCase(text.charAt(1))) {
            return text;
        }
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    static String upperFirst(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** "de Nantes", "d'Orvault", "du Pellerin", "des Sorinières", "de La Baule-Escoublac". */
    static String ofPlace(String name) {
        if (name.startsWith("Le ")) {
            return "du " + name.substring(3);
        }
        if (name.startsWith("Les ")) {
            return "des " + name.substring(4);
        }
        if (startsWithVowel(name)) {
            return "d'" + name;
        }
        return "de " + name;
    }

    /** "de maçon", "d'aide-maçon": the preposition before a common noun, elided before a vowel. */
    static String de(String noun) {
        return startsWithVowel(noun) ? "d'" + noun : "de " + noun;
    }

    /** "à Nantes", "au Pellerin", "aux Sorinières". */
    static String atPlace(String name) {
        if (name.startsWith("Le ")) {
            return "au " + name.substring(3);
        }
        if (name.startsWith("Les ")) {
            return "aux " + name.substring(4);
        }
        return "à " + name;
    }

    static boolean startsWithVowel(String word) {
        if (word.isEmpty()) {
            return false;
        }
        char c = Character.toLowerCase(ascii(word.substring(0, 1)).charAt(0));
        return "aeiouyh".indexOf(c) >= 0 && !word.regionMatches(true, 0, "hau", 0, 3); // h aspiré: Haute-Goulaine
    }

    /** "Élodie Le Goff" → "elodie.le-goff" style slugs for e-mail addresses (ASCII letters, dots, hyphens). */
    static String slug(String text) {
        String folded = ascii(text).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        for (char c : folded.toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            } else if ((c == ' ' || c == '-' || c == '\'') && !out.isEmpty() && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        }
        return out.toString();
    }

    /** Strips accents and ligatures: "Maëlys Lœuillet" → "Maelys Loeuillet". */
    static String ascii(String text) {
        String replaced = text.replace("œ", "oe").replace("Œ", "Oe").replace("æ", "ae").replace("Æ", "Ae");
        return Normalizer.normalize(replaced, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** "4 janvier 2027", "1er mars 2027". */
    static String longDate(LocalDate date) {
        return date.getDayOfMonth() == 1 ? "1er " + LONG_DATE.format(date).substring(2) : LONG_DATE.format(date);
    }

    /** "6 mois", "1 an", "2 ans et demi". */
    static String duration(double years) {
        if (years < 1) {
            return Math.round(years * 12) + " mois";
        }
        int whole = (int) Math.floor(years);
        String base = whole + (whole == 1 ? " an" : " ans");
        return years - whole >= 0.5 ? base + " et demi" : base;
    }
}
