package fr.tremplin.api.error;

import fr.tremplin.data.common.ConflictException;
import fr.tremplin.data.common.FieldError;
import fr.tremplin.data.common.ForbiddenException;
import fr.tremplin.data.common.InvalidDataException;
import fr.tremplin.data.common.NotFoundException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

import java.util.List;

/** Maps the typed exceptions of the service layer to problem responses. */
public final class DomainExceptionHandlers {
    private DomainExceptionHandlers() {
    }

    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    @Requires(classes = {NotFoundException.class, ExceptionHandler.class})
    public static class NotFound implements ExceptionHandler<NotFoundException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, NotFoundException e) {
            return Problems.of(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }

    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    @Requires(classes = {ConflictException.class, ExceptionHandler.class})
    public static class Conflict implements ExceptionHandler<ConflictException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, ConflictException e) {
            return Problems.of(HttpStatus.CONFLICT, e.getMessage(), List.of(new FieldError(e.field(), e.getMessage())));
        }
    }

    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    @Requires(classes = {InvalidDataException.class, ExceptionHandler.class})
    public static class Invalid implements ExceptionHandler<InvalidDataException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, InvalidDataException e) {
            return Problems.of(HttpStatus.UNPROCESSABLE_ENTITY,
                    "Certaines valeurs ne correspondent pas au référentiel ou aux règles.", e.errors());
        }
    }

    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    @Requires(classes = {ForbiddenException.class, ExceptionHandler.class})
    public static class Forbidden implements ExceptionHandler<ForbiddenException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, ForbiddenException e) {
            return Problems.of(HttpStatus.FORBIDDEN, e.getMessage());
        }
    }
}
