package fr.tremplin.api.security.headers;

import fr.tremplin.api.error.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * 414 for a request URI longer than {@value #MAX} characters, before security and routing: whoever calls gets the
 * same answer. Netty reads request lines up to 64 KB (micronaut.server.netty.max-initial-line-length); longer ones
 * are answered 414 by {@link fr.tremplin.api.error.ProblemErrorResponseProcessor}.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class UriLengthFilter implements Ordered {
    static final int MAX = 8192;

    @RequestFilter
    @Nullable
    public HttpResponse<?> check(HttpRequest<?> request) {
        if (request.getUri().toString().length() > MAX) {
            return Problems.of(HttpStatus.REQUEST_URI_TOO_LONG, "L'adresse (URI) de la requête est trop longue ("
                    + MAX + " caractères au plus).");
        }
        return null;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
