package fr.tremplin.api.error;

import fr.tremplin.data.common.FieldError;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.Comparator;
import java.util.List;

/** Bean Validation failures: 400 with one entry per field, named as in the JSON body or the query. */
@Singleton
@Produces(Problem.MEDIA_TYPE)
@Replaces(ConstraintExceptionHandler.class)
public class ConstraintViolationHandler implements ExceptionHandler<ConstraintViolationException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return Problems.of(HttpStatus.BAD_REQUEST, "La requête contient " + errors.size()
                + (errors.size() > 1 ? " champs invalides : " : " champ invalide : ")
                + String.join(", ", errors.stream().map(f -> f.field() + " (" + f.message() + ")").toList()) + ".", errors);
    }

    /** "create.request.experiences[0].years" → "experiences[0].years"; "list.size" → "size". */
    public static String fieldName(ConstraintViolation<?> violation) {
        StringBuilder name = new StringBuilder();
        boolean body = false;
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                // a query parameter names itself; a body parameter is followed by its properties
                name.setLength(0);
                name.append(node.getName());
                body = true;
                continue;
            }
            if (body) {
                name.setLength(0);
                body = false;
            }
            if (node.getIndex() != null && kind == ElementKind.CONTAINER_ELEMENT) {
                name.append('[').append(node.getIndex()).append(']');
                continue;
            }
            if (node.getIndex() != null) {
                name.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && kind != ElementKind.CONTAINER_ELEMENT) {
                if (!name.isEmpty()) {
                    name.append('.');
                }
                name.append(node.getName());
            }
        }
        return name.isEmpty() ? violation.getPropertyPath().toString() : name.toString();
    }
}
