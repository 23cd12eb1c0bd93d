package fr.tremplin.api.fault;

import fr.tremplin.api.error.Problem;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.web.router.RouteAttributes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * A request that failed because the database is away (refused, stalled past the timeouts, pool empty) or because
 * the index is unusable answers 503 with {@code Retry-After}, never 500: « Base de données indisponible ».
 * Whatever handler produced the 500, the exception that caused it is looked at here.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class FaultResponseFilter implements Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(FaultResponseFilter.class);
    static final String RETRY_AFTER_SECONDS = "5";

    @ResponseFilter
    public MutableHttpResponse<?> translate(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.code() < 500 || response.code() == 503) {
            return response;
        }
        Optional<Throwable> error = RouteAttributes.getException(response);
        Optional<Faults.Kind> kind = error.flatMap(Faults::classify);
        if (kind.isEmpty()) {
            return response;
        }
        LOG.warn("{} {} answered 503: {} unavailable ({})", request.getMethod(), request.getPath(), kind.get(),
                error.get().getClass().getSimpleName());
        Problem problem = kind.get() == Faults.Kind.DATABASE
                ? new Problem("about:blank", "Base de données indisponible", 503,
                "La base de données ne répond pas pour le moment : réessayez dans quelques secondes.", null)
                : new Problem("about:blank", "Index indisponible", 503,
                "L'index de recherche est en cours de reconstruction : réessayez dans quelques secondes.", null);
        return HttpResponse.<Problem>status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(problem)
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Override
    public int getOrder() {
        // the innermost filter (highest order) sees the response first: before the HTML error pages
        return ServerFilterPhase.LAST.order();
    }
}
