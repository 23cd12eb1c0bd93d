package fr.tremplin.core.seeker;

/** Employment programmes a job seeker may enter. */
public enum Programme {
    /** Parcours emploi compétences (subsidised contract). */
    PEC,
    /** Insertion par l'activité économique (SIAE). */
    IAE,
    APPRENTICESHIP,
    /** Groupement d'employeurs pour l'insertion et la qualification (professionalisation contract). */
    GEIQ,
    /** Insertion clauses of public procurement. */
    INSERTION_CLAUSE
}
