package fr.tremplin.api.security.login;

import fr.tremplin.api.error.Problem;
import fr.tremplin.api.error.Problems;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthenticationException;
import io.micronaut.security.authentication.AuthenticationExceptionHandler;
import jakarta.inject.Singleton;

/**
 * A refused login answers 401, or 429 with {@code Retry-After} when the login throttle refused it (the
 * authentication provider leaves the wait in a request attribute).
 */
@Singleton
@Produces(Problem.MEDIA_TYPE)
@Replaces(AuthenticationExceptionHandler.class)
public class LoginThrottledHandler implements ExceptionHandler<AuthenticationException, MutableHttpResponse<?>> {

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthenticationException exception) {
        Long wait = retryAfter(request);
        if (wait != null) {
            return Problems.of(HttpStatus.TOO_MANY_REQUESTS, tooMany(wait)).header("Retry-After", wait.toString());
        }
        return Problems.of(HttpStatus.UNAUTHORIZED, "Identifiant ou mot de passe incorrect.");
    }

    /** Seconds to wait when the throttle refused this login, or null. */
    public static Long retryAfter(HttpRequest<?> request) {
        return request.getAttribute(LoginAttempts.RETRY_AFTER, Long.class).orElse(null);
    }

    public static String tooMany(long seconds) {
        return "Trop de tentatives de connexion échouées : réessayez dans " + seconds + " secondes.";
    }
}
