package fr.tremplin.api.shortlist;

import fr.tremplin.api.error.Problem;
import fr.tremplin.api.error.Problems;
import fr.tremplin.data.common.FieldError;
import fr.tremplin.data.shortlist.TransitionConflictException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

import java.util.List;

/** 409 for an illegal transition, naming the allowed ones (more specific than the generic conflict handler). */
@Singleton
@Produces(Problem.MEDIA_TYPE)
public class TransitionConflictHandler implements ExceptionHandler<TransitionConflictException, HttpResponse<TransitionProblem>> {

    @Override
    public HttpResponse<TransitionProblem> handle(HttpRequest request, TransitionConflictException e) {
        TransitionProblem problem = new TransitionProblem("about:blank", Problems.title(HttpStatus.CONFLICT),
                HttpStatus.CONFLICT.getCode(), e.getMessage(), List.of(new FieldError(e.field(), e.getMessage())),
                e.from(), e.to(), e.allowed());
        return HttpResponse.<TransitionProblem>status(HttpStatus.CONFLICT).body(problem).contentType(Problem.MEDIA_TYPE);
    }
}
