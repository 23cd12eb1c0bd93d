package fr.tremplin.api.web.csrf;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/** Sets the CSRF nonce cookie on the response of a request whose page minted one (see {@link CsrfTokens}). */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class CsrfCookieFilter {
    private final CsrfTokens tokens;

    public CsrfCookieFilter(CsrfTokens tokens) {
        this.tokens = tokens;
    }

    @ResponseFilter
    public void setNonceCookie(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(CsrfTokens.NEW_NONCE, String.class)
                .ifPresent(nonce -> response.cookie(tokens.nonceCookie(nonce)));
    }
}
