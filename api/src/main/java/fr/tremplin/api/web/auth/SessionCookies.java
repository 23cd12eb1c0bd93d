package fr.tremplin.api.web.auth;

import fr.tremplin.api.web.WebSettings;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * The session cookie of the web application: the same signed JWT as the API's bearer token, in an HttpOnly,
 * SameSite=Lax cookie named by {@code tremplin.web.session-cookie}, living as long as the token.
 */
@Singleton
public class SessionCookies {
    private final WebSettings settings;
    private final long maxAgeSeconds;

    public SessionCookies(WebSettings settings,
                          @Value("${micronaut.security.token.generator.access-token.expiration:3600}") long maxAgeSeconds) {
        this.settings = settings;
        this.maxAgeSeconds = maxAgeSeconds;
    }

    public Cookie open(String accessToken) {
        return base(accessToken).maxAge(maxAgeSeconds);
    }

    public Cookie clear() {
        return base("").maxAge(0);
    }

    public Optional<String> read(HttpRequest<?> request) {
        return request.getCookies().findCookie(settings.sessionCookie()).map(Cookie::getValue).filter(v -> !v.isBlank());
    }

    private Cookie base(String value) {
        return Cookie.of(settings.sessionCookie(), value).path("/").httpOnly(true).sameSite(SameSite.Lax)
                .secure(settings.secureCookies());
    }
}
