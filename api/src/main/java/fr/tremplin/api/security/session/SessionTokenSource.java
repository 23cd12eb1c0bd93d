package fr.tremplin.api.security.session;

import io.micronaut.http.HttpRequest;

import java.util.Optional;

/**
 * Where a request carries its session token: the web pages' session cookie ({@code web.auth.SessionCookies}
 * implements it), so that security does not depend on web (which depends on security).
 */
public interface SessionTokenSource {

    /** The session token of the request, when it carries a non-blank one. */
    Optional<String> read(HttpRequest<?> request);
}
