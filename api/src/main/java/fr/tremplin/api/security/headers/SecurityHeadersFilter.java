package fr.tremplin.api.security.headers;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * The security headers of every response, from one place: Content-Security-Policy (our own origin only, no inline
 * script or style; Swagger UI's one inline script by its hash), no framing, no MIME sniffing, same-origin
 * referrers, HSTS when served over HTTPS (the request is secure or a proxy says {@code X-Forwarded-Proto: https})
 * and {@code Cache-Control: no-store} on everything but the static assets (pages and API answers show people).
 * Runs last on the way out (highest precedence), so error pages get the headers too.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class SecurityHeadersFilter implements Ordered {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    private final String swaggerUiCsp;

    public SecurityHeadersFilter(SwaggerUiScripts swaggerUi) {
        // Swagger UI builds its page with one inline script (allowed by hash) and inline styles
        this.swaggerUiCsp = CSP.replace("script-src 'self'", "script-src 'self' " + swaggerUi.hashes())
                .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
    }

    @ResponseFilter
    public void headers(HttpRequest<?> request, MutableHttpResponse<?> response) {
        HttpHeaders existing = response.getHeaders();
        String path = request.getPath();
        response.header("Content-Security-Policy", path.startsWith("/swagger-ui") ? swaggerUiCsp : CSP);
        response.header("X-Frame-Options", "DENY");
        response.header("X-Content-Type-Options", "nosniff");
        response.header("Referrer-Policy", "same-origin");
        if (overHttps(request)) {
            response.header("Strict-Transport-Security", HSTS);
        }
        if (!path.startsWith("/static/") && !path.startsWith("/swagger-ui/res/")) {
            response.header(HttpHeaders.CACHE_CONTROL, "no-store");
        } else if (!existing.contains(HttpHeaders.CACHE_CONTROL)) {
            response.header(HttpHeaders.CACHE_CONTROL, "no-cache");
        }
    }

    static boolean overHttps(HttpRequest<?> request) {
        return request.isSecure() || "https".equalsIgnoreCase(request.getHeaders().get("X-Forwarded-Proto"));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
