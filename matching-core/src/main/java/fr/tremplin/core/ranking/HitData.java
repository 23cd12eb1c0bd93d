package fr.tremplin.core.ranking;

import fr.tremplin.core.seeker.Public;

import java.util.List;

/**
 * What the ranking computed for one competitive document: its score, the feature values and contributions
 * that make it, and the facts the explanation labels name. Filled once, when the document enters the top
 * hits; the explanation is built from it, never recomputed.
 */
final class HitData {

    String id;
    double score;
    double[] values;
    double[] contributions;
    /** NaN when no place is involved. */
    double distanceKm = Double.NaN;
    OccupationRelation relation = OccupationRelation.NONE;
    /** The occupation on the other side that gave {@link #relation} (the person's, or the vacancy's). */
    String relatedCode;
    /** The occupation whose experience counted, and the months. */
    String experienceCode;
    int experienceMonths;
    int mustMatched;
    int mustTotal;
    int niceMatched;
    int niceTotal;
    List<String> matchedSkills = List.of();
    List<String> missingSkills = List.of();
    int diplomaLevel;
    int diplomaRequired;
    List<Public> priorityPublics = List.of();
    /** -1 when unknown. */
    int waitingDays = -1;
    double textValue;
    List<String> eligibility = List.of();
    /** When set, computes {@link #eligibility} on first use: only the hits of the page need it. */
    java.util.function.Supplier<List<String>> eligibilityLater;

    List<String> eligibility() {
        if (eligibilityLater != null) {
            eligibility = eligibilityLater.get();
            eligibilityLater = null;
        }
        return eligibility;
    }
}
