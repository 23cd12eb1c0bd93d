package fr.tremplin.core.referential;

/** ROME mobility: CLOSE ("proche", same skills) or EVOLUTION (a step up or aside needing some training). */
public enum MobilityKind { CLOSE, EVOLUTION }
