package fr.tremplin.api.fault;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.web.router.RouteAttributes;

/**
 * A last net under the route: a 500 whose exception is a fault of the database (refused, stalled past the
 * timeouts, pool empty) or of the index becomes 503 with {@code Retry-After}, whatever handler produced it. The
 * usual path is {@link DatabaseFaultHandlers}; exceptions thrown by filters are answered there (or by the error
 * processor), never here, since a filter outside this one stops the chain before it.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class FaultResponseFilter implements Ordered {

    private final FaultResponder responder;

    public FaultResponseFilter(FaultResponder responder) {
        this.responder = responder;
    }

    @ResponseFilter
    public MutableHttpResponse<?> translate(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.code() < 500 || response.code() == 503) {
            return response;
        }
        return RouteAttributes.getException(response)
                .<MutableHttpResponse<?>>flatMap(error -> responder.unavailable(request, error))
                .orElse(response);
    }

    @Override
    public int getOrder() {
        // the innermost filter (highest order) sees the response first: before the HTML error pages
        return ServerFilterPhase.LAST.order();
    }
}
