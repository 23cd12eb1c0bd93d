package fr.tremplin.api.referential;

import java.text.Normalizer;
import java.util.Locale;

/** Lower case, no accents, punctuation as spaces: "Aide-maçon(ne)" → "aide macon ne ". */
final class TextNormalizer {
    private TextNormalizer() {
    }

    static String normalize(String text) {
        String noAccents = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return noAccents.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
