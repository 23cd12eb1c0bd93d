package fr.tremplin.api.fault;

import fr.tremplin.api.error.Problem;
import io.micronaut.http.BasicHttpAttributes;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.web.router.RouteAttributes;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * The one place that turns a failed request into its answer: a fault of the database or of the index becomes 503
 * « Base de données indisponible » / « Index indisponible » with {@code Retry-After}, logged once per outage
 * ({@link FaultLog}); anything else stays a 500 « Erreur interne » with a reference, logged at ERROR with its stack
 * trace by the error processor.
 */
@Singleton
public class FaultResponder {

    public static final String RETRY_AFTER_SECONDS = "5";

    private final FaultLog log;
    private final ErrorResponseProcessor<?> errors;

    public FaultResponder(FaultLog log, ErrorResponseProcessor<?> errors) {
        this.log = log;
        this.errors = errors;
    }

    /** The answer to a request that threw {@code error}. */
    public MutableHttpResponse<?> respond(HttpRequest<?> request, Throwable error) {
        Optional<MutableHttpResponse<Problem>> unavailable = unavailable(request, error);
        if (unavailable.isPresent()) {
            return unavailable.get();
        }
        MutableHttpResponse<?> response = HttpResponse.serverError();
        RouteAttributes.setException(response, error);
        return errors.processResponse(ErrorContext.builder(request).cause(error)
                .errorMessage("Internal Server Error").build(), response);
    }

    /** The 503 for a fault of a dependency (logged once per outage), empty for anything else. */
    public Optional<MutableHttpResponse<Problem>> unavailable(HttpRequest<?> request, Throwable error) {
        return Faults.classify(error).map(kind -> {
            log.requestFailed(kind, route(request), error);
            return unavailable(kind);
        });
    }

    public static MutableHttpResponse<Problem> unavailable(Faults.Kind kind) {
        Problem problem = kind == Faults.Kind.DATABASE
                ? new Problem("about:blank", "Base de données indisponible", 503,
                "La base de données ne répond pas pour le moment : réessayez dans quelques secondes.", null)
                : new Problem("about:blank", "Index indisponible", 503,
                "L'index de recherche est en cours de reconstruction : réessayez dans quelques secondes.", null);
        return HttpResponse.<Problem>status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(problem)
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .contentType(Problem.MEDIA_TYPE);
    }

    /** The route template (never the path: it may carry an identifier). */
    static String route(HttpRequest<?> request) {
        return request.getMethod() + " " + BasicHttpAttributes.getUriTemplate(request).orElse("(sans route)");
    }
}
