package fr.tremplin.core.index;

import java.util.Objects;

/**
 * Experience in one ROME occupation.
 *
 * @param occupationCode ROME code, e.g. F1703
 * @param months         total months of experience, at least 1 (whole months keep range queries exact;
 *                       years = months / 12)
 */
public record Experience(String occupationCode, int months) {
    public Experience {
        Objects.requireNonNull(occupationCode, "occupationCode");
        if (months < 1) {
            throw new IllegalArgumentException("Experience in " + occupationCode + " must last at least one month, got "
                    + months);
        }
    }
}
