package fr.tremplin.api.transfer;

import fr.tremplin.api.error.ConstraintViolationHandler;
import fr.tremplin.data.common.FieldError;
import fr.tremplin.data.common.InvalidDataException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.List;

/**
 * The API's own validation applied to the request a line was read into: bean validation (the API's 400), then the
 * kind's business checks (the API's 422), each error placed on the column of its field.
 */
final class Binding {
    private Binding() {
    }

    /** Adds the bean-validation errors of {@code request}; false when there are any (or when a cell was unreadable). */
    static <C extends Enum<C> & Column, R> boolean valid(Validator validator, R request, Cells<C> cells, Class<C> type,
                                                        int line, List<ImportError> errors) {
        errors.addAll(cells.errors());
        for (ConstraintViolation<R> v : validator.validate(request)) {
            String field = ConstraintViolationHandler.fieldName(v);
            C column = Column.ofField(type, field);
            if (column != null && cells.failed(column)) {
                continue; // the cell could not be read: already reported
            }
            errors.add(error(line, column, field, cells, v.getMessage()));
        }
        return errors.isEmpty();
    }

    /** Runs the kind's checks; false with the errors added when they refuse the request. */
    static <C extends Enum<C> & Column> boolean checked(Runnable checks, Cells<C> cells, Class<C> type, int line,
                                                       List<ImportError> errors) {
        try {
            checks.run();
            return true;
        } catch (InvalidDataException e) {
            for (FieldError f : e.errors()) {
                errors.add(error(line, Column.ofField(type, f.field()), f.field(), cells, f.message()));
            }
            return false;
        }
    }

    static <C extends Enum<C> & Column> ImportError error(int line, C column, String field, Cells<C> cells,
                                                         String message) {
        if (column == null) {
            return new ImportError(line, null, null, field + " : " + message);
        }
        String detail = field.equals(column.field()) ? message : field + " : " + message;
        return new ImportError(line, column.header(), cells.text(column), detail);
    }
}
