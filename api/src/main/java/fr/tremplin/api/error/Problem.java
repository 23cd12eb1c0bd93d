package fr.tremplin.api.error;

import fr.tremplin.data.common.FieldError;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** RFC 9457 problem details, with the list of invalid fields for validation errors. */
@Serdeable
public record Problem(String type, String title, int status, String detail, @Nullable List<FieldError> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";
}
