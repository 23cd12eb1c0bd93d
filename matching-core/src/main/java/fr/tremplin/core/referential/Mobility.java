package fr.tremplin.core.referential;

/** A directed ROME mobility from one occupation to another. */
public record Mobility(String sourceCode, String targetCode, MobilityKind kind) {}
