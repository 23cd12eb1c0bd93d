package fr.tremplin.data.shortlist;

/** A recorded change of state, or a reminder sent to the employer (no change of state). */
public enum TransitionKind { TRANSITION, REMINDER }
