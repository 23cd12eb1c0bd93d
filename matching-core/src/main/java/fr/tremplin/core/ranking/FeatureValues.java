package fr.tremplin.core.ranking;

/** The value in [0, 1] of each feature, from the raw facts of a pair; docs/ranking.md states each formula. */
final class FeatureValues {

    /** Average month length, in days. */
    static final double DAYS_PER_MONTH = RankingRules.DAYS_PER_MONTH;

    private FeatureValues() {
    }

    /** Linear up to {@link MatchPolicy#experienceSaturationYears()}, then 1. */
    static double experience(int months, MatchPolicy policy) {
        return Math.min(1.0, months / 12.0 / policy.experienceSaturationYears());
    }

    /** 1 at 0 km, halving every {@link MatchPolicy#distanceHalfKm()}: 0.5 at that distance, 0.25 at twice. */
    static double distance(double km, MatchPolicy policy) {
        return Math.pow(0.5, Math.max(0, km) / policy.distanceHalfKm());
    }

    /** Steps of a halving in {@link #HALVINGS}. */
    private static final int STEPS = 256;
    /** Whole halvings in {@link #WHOLE}; from there on, the value is at most 2^-64 and the bound is 2^-64. */
    private static final int MAX_WHOLE = 64;
    /** 2^(-i / STEPS) for i in 0..STEPS-1, each rounded up but the first (exactly 1: the bound never exceeds 1). */
    private static final double[] HALVINGS = new double[STEPS];
    /** 2^-i, exactly. */
    private static final double[] WHOLE = new double[MAX_WHOLE];

    static {
        HALVINGS[0] = 1.0;
        for (int i = 1; i < STEPS; i++) {
            HALVINGS[i] = Math.nextUp(Math.pow(2, -(double) i / STEPS));
        }
        for (int i = 0; i < MAX_WHOLE; i++) {
            WHOLE[i] = Math.scalb(1.0, -i);
        }
    }

    /**
     * At least {@link #distance} at {@code km}, and within 0.3 % of it up to 64 halvings (2^-64 from there on), with two
     * table lookups instead of {@code Math.pow}: for the bounds of a ranking, which may take it for every person that
     * passes the filters (the fraction of a halving rounded down to a 256th; a product by a power of two is exact).
     */
    static double distanceAtMost(double km, MatchPolicy policy) {
        double halvings = Math.max(0, km) / policy.distanceHalfKm();
        if (!(halvings < MAX_WHOLE)) {
            return WHOLE[MAX_WHOLE - 1] / 2;
        }
        int whole = (int) halvings;
        return HALVINGS[(int) ((halvings - whole) * STEPS)] * WHOLE[whole];
    }

    /** 1 at or above the requirement (or without one), {@link MatchPolicy#diplomaOneLevelBelow()} one level below, else 0. */
    static double diploma(int level, int required, MatchPolicy policy) {
        if (required <= 0 || level >= required) {
            return 1.0;
        }
        return required - level == 1 ? policy.diplomaOneLevelBelow() : 0.0;
    }

    /** Linear up to {@link MatchPolicy#waitingSaturationMonths()}, then 1; 0 when unknown (negative days). */
    static double waiting(int days, MatchPolicy policy) {
        if (days <= 0) {
            return 0.0;
        }
        return Math.min(1.0, days / (DAYS_PER_MONTH * policy.waitingSaturationMonths()));
    }
}
