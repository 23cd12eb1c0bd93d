package fr.tremplin.core.ranking;

import fr.tremplin.core.seeker.Public;

import java.util.List;
import java.util.function.Supplier;

/**
 * What the ranking computed for one competitive document: its score, the feature values and contributions
 * that make it, and the facts the explanation labels name. Made once, when the document enters the top
 * hits; the explanation is built from it, never recomputed.
 *
 * @param hitId           the document's id, looked up when first asked for ({@link #id()})
 * @param distanceKm      NaN when no place is involved
 * @param relatedCodeOf   the occupation on the other side that gave {@code relation} (the person's, or the
 *                        vacancy's), null when none; read when first asked for ({@link #relatedCode()})
 * @param experienceCode  the occupation whose experience counted (null when none), for {@code experienceMonths}
 * @param skillsOf        the skills matched and missing, built when first asked for ({@link #skills()})
 * @param waitingDays     -1 when unknown
 * @param eligibility     the eligibility lines; a supplier, so that only the hits of the page compute theirs
 */
record HitData(HitId hitId, double score, double[] values, double[] contributions, double distanceKm,
               OccupationRelation relation, Supplier<String> relatedCodeOf, String experienceCode,
               int experienceMonths, Supplier<SkillMatch> skillsOf, int diplomaLevel, int diplomaRequired,
               List<Public> priorityPublics, int waitingDays, double textValue,
               Supplier<List<String>> eligibility) {

    /**
     * The skills asked for on one side and held on the other.
     *
     * @param matched the codes held, in the order they are asked for
     * @param missing the must-have codes not held
     */
    record SkillMatch(List<String> matched, List<String> missing, int mustMatched, int mustTotal,
                      int niceMatched, int niceTotal) {

        static final SkillMatch NONE = new SkillMatch(List.of(), List.of(), 0, 0, 0, 0);
    }

    /** The occupation on the other side that gave {@code relation}; null when none. */
    String relatedCode() {
        return relatedCodeOf.get();
    }

    /** The skills asked for on one side and held on the other. */
    SkillMatch skills() {
        return skillsOf.get();
    }

    /** The document's id (read from the index at the first call). */
    String id() {
        return hitId.get();
    }
}
