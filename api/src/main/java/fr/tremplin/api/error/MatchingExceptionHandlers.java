package fr.tremplin.api.error;

import fr.tremplin.core.ranking.InvalidQueryException;
import fr.tremplin.data.common.FieldError;
import fr.tremplin.indexer.IndexNotReadyException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

import java.util.List;

/** Problems of the ranking: a query it cannot run (400), an index still being built (503). */
public final class MatchingExceptionHandlers {
    private MatchingExceptionHandlers() {
    }

    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    public static class InvalidQuery implements ExceptionHandler<InvalidQueryException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, InvalidQueryException e) {
            return Problems.of(HttpStatus.BAD_REQUEST, e.getMessage(), List.of(new FieldError(e.field(), e.getMessage())));
        }
    }

    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    public static class IndexNotReady implements ExceptionHandler<IndexNotReadyException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, IndexNotReadyException e) {
            return HttpResponse.<Problem>status(HttpStatus.SERVICE_UNAVAILABLE)
                    .body(new Problem("about:blank", "Index en préparation", 503,
                            "L'index de recherche est en cours de construction : réessayez dans quelques secondes. ("
                                    + e.getMessage() + ")", null))
                    .header("Retry-After", "5")
                    .contentType(Problem.MEDIA_TYPE);
        }
    }
}
