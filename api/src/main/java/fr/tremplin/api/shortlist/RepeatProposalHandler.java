package fr.tremplin.api.shortlist;

import fr.tremplin.api.error.Problem;
import fr.tremplin.api.error.Problems;
import fr.tremplin.data.shortlist.RepeatProposalException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * 409 when people were proposed for this vacancy before or declined by this employer recently: the problem names
 * each of them ({@code errors[].field} = {@code jobSeekerIds[i]}); the same request with {@code confirm=true}
 * proposes them anyway.
 */
@Singleton
@Produces(Problem.MEDIA_TYPE)
public class RepeatProposalHandler implements ExceptionHandler<RepeatProposalException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, RepeatProposalException e) {
        return Problems.of(HttpStatus.CONFLICT, e.getMessage(), e.errors());
    }
}
