package fr.tremplin.api.shortlist;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A reason code, its French label, and where it may be used (DECLINE, WITHDRAWAL, SYSTEM). */
@Serdeable
public record ReasonResponse(String code, String label, List<String> categories) {}
