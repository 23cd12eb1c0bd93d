package fr.tremplin.api.error;

import fr.tremplin.data.common.FieldError;
import io.micronaut.http.BasicHttpAttributes;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.netty.handler.codec.http.TooLongHttpLineException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.UUID;

/**
 * Every error Micronaut itself reports (unknown route, malformed JSON, body too large, ...) leaves as an
 * RFC 9457 problem document in French, like the errors of our own handlers. Library messages and class names never
 * reach the caller ({@link FrenchErrors}); a 5xx says only « Erreur interne » with a reference that the log carries
 * beside the cause.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorResponseProcessor.class);

    private final DependencyFaults faults;

    public ProblemErrorResponseProcessor(DependencyFaults faults) {
        this.faults = faults;
    }

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        Throwable cause = context.getRootCause().orElse(null);
        if (status == HttpStatus.REQUEST_ENTITY_TOO_LARGE && cause instanceof TooLongHttpLineException) {
            status = HttpStatus.REQUEST_URI_TOO_LONG;
            response.status(status);
        }
        java.util.Optional<Problem> unavailable = status.getCode() >= 500 && status != HttpStatus.SERVICE_UNAVAILABLE
                && cause != null ? faults.unavailable(context.getRequest().getMethod() + " "
                        + BasicHttpAttributes.getUriTemplate(context.getRequest()).orElse("(sans route)"), cause)
                : java.util.Optional.empty();
        if (unavailable.isPresent()) { // a dependency away, whatever path the exception took: 503, not a bug
            response.status(HttpStatus.SERVICE_UNAVAILABLE);
            return response.header("Retry-After", faults.retryAfterSeconds()).body(unavailable.get())
                    .contentType(Problem.MEDIA_TYPE);
        }
        if (status.getCode() >= 500 && status != HttpStatus.SERVICE_UNAVAILABLE) {
            String reference = UUID.randomUUID().toString();
            LOG.error("internal error, reference {}: {} {}", reference, context.getRequest().getMethod(),
                    context.getRequest().getPath(), cause);
            Problem problem = new Problem("about:blank", "Erreur interne", status.getCode(),
                    "Erreur interne (référence " + reference + ").", null);
            return response.header("X-Correlation-Id", reference).body(problem).contentType(Problem.MEDIA_TYPE);
        }
        Class<?> argumentType = conversionType(cause);
        List<FieldError> fields = context.getErrors().stream()
                .filter(e -> e.getPath().isPresent() || FrenchErrors.isJsonSyntax(e.getMessage()))
                .map(e -> FrenchErrors.field(e.getPath().orElse(""), e.getMessage(), argumentType))
                .distinct()
                .toList();
        String detail = context.getErrors().stream().findFirst().map(Error::getMessage).orElse("");
        Problem problem = new Problem("about:blank", Problems.title(status), status.getCode(),
                FrenchErrors.detail(status, detail, fields), fields.isEmpty() ? null : fields);
        return response.body(problem).contentType(Problem.MEDIA_TYPE);
    }

    /** The Java type of the query or path value that did not convert (its message names the value, not the type). */
    private static Class<?> conversionType(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof io.micronaut.core.convert.exceptions.ConversionErrorException e) {
                return e.getArgument().getType();
            }
        }
        return null;
    }
}
