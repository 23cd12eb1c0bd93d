package fr.tremplin.core.ranking;

/** A funded route to a skill, certificate or licence; {@link TrainingRules#routes} says which apply. */
public enum TrainingRoute {
    /** Professionalisation contract in a GEIQ of one of the five sectors (building, cleaning, industry,
     *  agriculture, transport). */
    GEIQ,
    /** Apprenticeship contract (under 30, RQTH, or RSA recipient over 26 under the département's scheme). */
    APPRENTICESHIP,
    /** Parcours emploi compétences, whose contract includes training. */
    PEC,
    /** Plain training (regional programme, CPF…), open to everyone. */
    TRAINING
}
