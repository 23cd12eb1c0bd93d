package fr.tremplin.api.shortlist;

import io.micronaut.serde.annotation.Serdeable;

/** A referential code with its French label. */
@Serdeable
public record LabeledCode(String code, String label) {}
