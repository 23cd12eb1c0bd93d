package fr.tremplin.core.search;

import java.util.Objects;

/**
 * A text by which a referential item can be found: a job title or label of an occupation, a skill label,
 * a commune name.
 *
 * @param key   the item it finds (occupation code, skill code, INSEE code); several entries may share a key
 * @param text  the text matched and shown
 * @param prior a tie-breaker in [0, 1] added to the score (e.g. commune population); 0 for none
 */
record LabelEntry(String key, String text, float prior) {
    LabelEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(text, "text");
        if (!(prior >= 0 && prior <= 1)) {
            throw new IllegalArgumentException("prior of '" + text + "' must be in [0, 1], got " + prior);
        }
    }
}
