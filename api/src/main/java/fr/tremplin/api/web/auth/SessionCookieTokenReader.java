package fr.tremplin.api.web.auth;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Reads the JWT from the web session cookie, beside the API's bearer-header reader (Micronaut's own cookie
 * reader only runs in the cookie authentication mode, which would turn POST /login into a redirect).
 * The bearer header wins when both are present.
 */
@Singleton
public class SessionCookieTokenReader implements TokenReader<HttpRequest<?>> {
    private final SessionCookies cookies;

    public SessionCookieTokenReader(SessionCookies cookies) {
        this.cookies = cookies;
    }

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        return cookies.read(request);
    }

    @Override
    public int getOrder() {
        return 100;
    }
}
