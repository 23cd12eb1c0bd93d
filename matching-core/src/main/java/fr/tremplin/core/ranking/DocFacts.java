package fr.tremplin.core.ranking;

import java.util.Arrays;

/**
 * The facts about the document being collected that the filters find and the scoring and the explanation
 * use: one per segment, overwritten for each document (no allocation in the collection loop). A side adds
 * its own facts in a subclass.
 */
class DocFacts {

    private static final int FEATURES = Feature.values().length;

    /** Feature values and contributions, indexed by {@link Feature} ordinal. */
    final double[] values = new double[FEATURES];
    final double[] contributions = new double[FEATURES];
    /** NaN when no place is involved. */
    double distanceKm = Double.NaN;
    /** Ordinal of the best {@link OccupationRelation}. */
    int relation;
    int experienceMonths;
    double textValue;

    /** Clears the scoring facts before a document is scored. */
    void clearScore() {
        Arrays.fill(values, 0);
        relation = OccupationRelation.NONE.ordinal();
        experienceMonths = 0;
        textValue = 0;
    }
}
