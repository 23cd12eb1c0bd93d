package fr.tremplin.data.insertion;

/** The ledger line after recording; {@code created} false when it corrected the month already recorded. */
public record RecordedHours(InsertionHours hours, PublicContract contract, boolean created) {}
