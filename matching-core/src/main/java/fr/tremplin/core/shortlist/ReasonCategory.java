package fr.tremplin.core.shortlist;

/** Who gives a reason: the employer declining, the adviser withdrawing, or the system closing. */
public enum ReasonCategory { DECLINE, WITHDRAWAL, SYSTEM }
