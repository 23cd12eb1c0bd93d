package fr.tremplin.bench;

/** Where the bench's people and vacancies live. */
public enum Geography {
    /** Everyone in the département's 207 communes: the densest case, a vacancy's radius reaches most people. */
    DENSE,
    /**
     * Spread over the département and its 93 synthetic copies laid over a map of France
     * ({@link fr.tremplin.core.referential.SyntheticTerritories}): a vacancy's radius reaches about one copy.
     */
    NATIONAL
}
