package fr.tremplin.api.web.ranking;

import fr.tremplin.core.wording.FrenchNumbers;

/**
 * One term of a score's explanation, e.g. ("Métier visé identique (F1703)", 0.41). Terms add up to the score; they
 * are shown in the score's unit, points out of 100.
 */
public record Contribution(String label, double value) {
    /** "+41 points" as shown beside the label (the score reads "68 / 100"). */
    public String formatted() {
        return FrenchNumbers.points(value);
    }
}
