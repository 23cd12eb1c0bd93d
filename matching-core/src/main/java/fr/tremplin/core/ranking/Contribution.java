package fr.tremplin.core.ranking;

import java.util.Objects;

/**
 * One feature's share of a score.
 *
 * @param feature the {@link Feature#id()}, e.g. "occupation"
 * @param label   what it means for this hit, in plain French, e.g. "Métier recherché identique : F1703 Maçonnerie"
 * @param value   the contribution: the feature's effective weight × its value in [0, 1]
 */
public record Contribution(String feature, String label, double value) {
    public Contribution {
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(label, "label");
    }
}
