package fr.tremplin.data.common;

import java.util.List;

/** Well-formed input that makes no sense against the referential or the rules. Maps to HTTP 422. */
public class InvalidDataException extends RuntimeException {
    private final List<FieldError> errors;

    public InvalidDataException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse("invalid"));
        this.errors = List.copyOf(errors);
    }

    public InvalidDataException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
