package fr.tremplin.core.ranking;

/**
 * What a person lacks for a vacancy, as a training line names it ({@link TrainingRules#kindOf} gives the rule).
 */
public enum TrainingKind {
    /** A ROME skill (savoir-faire or savoir) that is not a certificate. */
    SKILL,
    /** A ROME savoir that is a certificate, habilitation or professional licence (CACES, SST, habilitation…). */
    CERTIFICATION,
    /** A driving licence category a vacancy requires ({@code required_licences}: B, C, CE, D…). */
    LICENCE
}
