package fr.tremplin.api.shortlist;

import fr.tremplin.data.common.FieldError;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * RFC 9457 problem of a refused change of state (409), extended with the current state ({@code from}), the
 * one asked for ({@code to}) and the states the caller could move to instead ({@code allowed}).
 */
@Serdeable
public record TransitionProblem(String type, String title, int status, String detail, List<FieldError> errors,
                                String from, String to, List<String> allowed) {
}
