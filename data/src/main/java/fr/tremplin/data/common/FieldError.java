package fr.tremplin.data.common;

import io.micronaut.serde.annotation.Serdeable;

/** One invalid field of a request, with the reason in French. */
@Serdeable
public record FieldError(String field, String message) {}
