package fr.tremplin.core.shortlist;

/** A broken rule on one input field, explained in French. */
public record Violation(String field, String message) {}
