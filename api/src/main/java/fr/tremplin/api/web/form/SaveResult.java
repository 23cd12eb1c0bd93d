package fr.tremplin.api.web.form;

import io.micronaut.core.annotation.Nullable;

/** The outcome of saving a form: the id of what was saved, or the errors to show beside the fields. */
public record SaveResult(@Nullable String id, FieldErrors errors) {
    public static SaveResult saved(String id) {
        return new SaveResult(id, FieldErrors.none());
    }

    public static SaveResult rejected(FieldErrors errors) {
        return new SaveResult(null, errors);
    }

    public boolean isSaved() {
        return id != null;
    }
}
