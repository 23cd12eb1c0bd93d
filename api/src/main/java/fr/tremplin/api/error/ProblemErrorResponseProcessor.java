package fr.tremplin.api.error;

import fr.tremplin.data.common.FieldError;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Every error Micronaut itself reports (unknown route, malformed JSON, body too large, ...) leaves as an
 * RFC 9457 problem document, like the errors of our own handlers.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        List<FieldError> fields = context.getErrors().stream()
                .filter(e -> e.getPath().isPresent())
                .map(e -> new FieldError(e.getPath().get(), e.getMessage()))
                .toList();
        String detail = context.getErrors().stream().findFirst().map(Error::getMessage)
                .orElse(Problems.title(status));
        Problem problem = new Problem("about:blank", Problems.title(status), status.getCode(),
                frenchDetail(status, detail), fields.isEmpty() ? null : fields);
        return response.body(problem).contentType(Problem.MEDIA_TYPE);
    }

    private static String frenchDetail(HttpStatus status, String detail) {
        return switch (status) {
            case NOT_FOUND -> "Aucune ressource à cette adresse.";
            case UNAUTHORIZED -> "Connectez-vous (POST /login) puis envoyez le jeton : Authorization: Bearer <jeton>.";
            case FORBIDDEN -> "Votre rôle ne permet pas d'accéder à cette ressource.";
            case REQUEST_ENTITY_TOO_LARGE -> "Le corps de la requête dépasse la taille autorisée. " + detail;
            case BAD_REQUEST -> "Le corps ou les paramètres de la requête sont mal formés : " + detail;
            default -> detail;
        };
    }
}
