package fr.tremplin.api.web.auth;

import fr.tremplin.api.security.session.SessionTokenSource;
import fr.tremplin.api.web.WebSettings;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * The session cookie of the web application: the same signed JWT as the API's bearer token, in an HttpOnly,
 * SameSite=Lax cookie named by {@code tremplin.web.session-cookie}. A session cookie (no Max-Age): the browser drops
 * it when it closes; the server-side session ends earlier on logout, idleness or its absolute lifetime.
 */
@Singleton
public class SessionCookies implements SessionTokenSource {
    private final WebSettings settings;

    public SessionCookies(WebSettings settings) {
        this.settings = settings;
    }

    public Cookie open(String accessToken) {
        return base(accessToken);
    }

    public Cookie clear() {
        return base("").maxAge(0);
    }

    @Override
    public Optional<String> read(HttpRequest<?> request) {
        return request.getCookies().findCookie(settings.sessionCookie()).map(Cookie::getValue).filter(v -> !v.isBlank());
    }

    private Cookie base(String value) {
        return Cookie.of(settings.sessionCookie(), value).path("/").httpOnly(true).sameSite(SameSite.Lax)
                .secure(settings.secureCookies());
    }
}
