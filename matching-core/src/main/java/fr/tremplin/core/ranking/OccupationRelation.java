package fr.tremplin.core.ranking;

/**
 * How a person's occupation relates to a vacancy's, best first. The level of each (its value in [0, 1]) comes
 * from the {@link MatchPolicy}; the policy's constraints keep the levels in this order.
 */
public enum OccupationRelation {
    /** The person targets the vacancy's ROME occupation. */
    SAME_TARGET,
    /** The person has held the vacancy's ROME occupation (without targeting it). */
    SAME_EXPERIENCE,
    /** A ROME "close" mobility links the two occupations, in either direction. */
    CLOSE,
    /** A ROME "evolution" mobility leads from the person's occupation to the vacancy's. */
    EVOLUTION,
    /** Same professional domain (e.g. F17). */
    DOMAIN,
    /** Same grand domain (e.g. F). */
    GRAND_DOMAIN,
    NONE;

    private static final OccupationRelation[] VALUES = values();

    /** The value in [0, 1] of this relation under the policy. */
    public double level(MatchPolicy policy) {
        return switch (this) {
            case SAME_TARGET, SAME_EXPERIENCE -> policy.sameOccupationLevel();
            case CLOSE -> policy.closeMobilityLevel();
            case EVOLUTION -> policy.evolutionMobilityLevel();
            case DOMAIN -> policy.sameDomainLevel();
            case GRAND_DOMAIN -> policy.sameGrandDomainLevel();
            case NONE -> 0;
        };
    }

    /** The better (earlier) of the two. */
    public OccupationRelation better(OccupationRelation other) {
        return other.ordinal() < ordinal() ? other : this;
    }

    static OccupationRelation of(int ordinal) {
        return VALUES[ordinal];
    }
}
