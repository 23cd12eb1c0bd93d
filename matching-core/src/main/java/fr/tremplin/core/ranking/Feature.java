package fr.tremplin.core.ranking;

/**
 * The named, bounded contributions of a match score. Each feature has a value in [0, 1], multiplied by its
 * effective weight (see {@link MatchPolicy}); the contributions of one hit add up to its score.
 */
public enum Feature {
    /** Occupation proximity through the ROME mobility graph. */
    OCCUPATION("occupation", "occupationWeight", "Métier"),
    /** Share of the vacancy's skills the person holds, must-have and rare skills weighing more. */
    SKILLS("skills", "skillsWeight", "Compétences"),
    /** Years of experience in the vacancy's occupation, saturating. */
    EXPERIENCE("experience", "experienceWeight", "Expérience"),
    /** Distance between home and workplace, decaying. */
    DISTANCE("distance", "distanceWeight", "Distance"),
    /** French text relevance between the vacancy's title and description and the person's titles and summary. */
    TEXT("text", "textWeight", "Texte"),
    /** Diploma level against the vacancy's minimum. */
    DIPLOMA("diploma", "diplomaWeight", "Diplôme"),
    /** Priority public of an insertion-clause vacancy. */
    PRIORITY_PUBLIC("priorityPublic", "priorityPublicWeight", "Public prioritaire"),
    /** Time waited without a proposal. */
    WAITING("waiting", "waitingWeight", "Attente"),
    ;

    private final String id;
    private final String weightKey;
    private final String frenchName;

    Feature(String id, String weightKey, String frenchName) {
        this.id = id;
        this.weightKey = weightKey;
        this.frenchName = frenchName;
    }

    /** The stable id carried by {@link Contribution#feature()}, e.g. "occupation". */
    public String id() {
        return id;
    }

    /** The {@link MatchPolicy} setting that holds the feature's weight, e.g. "occupationWeight". */
    public String weightKey() {
        return weightKey;
    }

    /** A short French name for headings, e.g. "Métier". */
    public String frenchName() {
        return frenchName;
    }
}
