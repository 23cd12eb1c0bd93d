package fr.tremplin.api.access;

import fr.tremplin.api.web.csrf.CsrfTokens;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.simple.SimpleHttpRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Sends the request of one cell as the caller would: API routes with the bearer token, web routes as a browser
 * ({@code Accept: text/html}, the token in the session cookie, and for a form post the CSRF nonce cookie and the
 * matching {@code _csrf} field, minted by the application's own {@link CsrfTokens}).
 */
final class MatrixCalls {
    /** What came back: status, Location header (redirects) and body text. */
    record Answer(int status, @Nullable String location, String body) {
    }

    /** What a browser sends when it navigates (pages that do not declare text/html still match through the star). */
    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private final BlockingHttpClient http;
    private final MatrixAccounts accounts;
    private final CsrfTokens csrf;
    private final String sessionCookie;

    MatrixCalls(BlockingHttpClient http, MatrixAccounts accounts, CsrfTokens csrf, String sessionCookie) {
        this.http = http;
        this.accounts = accounts;
        this.csrf = csrf;
        this.sessionCookie = sessionCookie;
    }

    Answer send(RouteRule rule, Caller caller, MatrixTargets.Target target) {
        String token = accounts.token(caller);
        MutableHttpRequest<Object> request = HttpRequest.create(HttpMethod.parse(rule.method()), target.path());
        if (rule.isWebPage()) {
            request.header(HttpHeaders.ACCEPT, BROWSER_ACCEPT);
            String nonce = "matrice-" + UUID.randomUUID();
            if (token != null) {
                request.cookie(Cookie.of(sessionCookie, token));
            }
            if (target.body() instanceof String form) {
                request.cookie(Cookie.of(CsrfTokens.COOKIE, nonce));
                String field = CsrfTokens.FIELD + "=" + URLEncoder.encode(csrfToken(nonce, token), StandardCharsets.UTF_8);
                request.body(form.isEmpty() ? field : form + "&" + field)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
            } else if (target.body() instanceof MatrixTargets.UploadForm upload) {
                request.cookie(Cookie.of(CsrfTokens.COOKIE, nonce));
                request.uri(java.net.URI.create(target.path() + "?" + CsrfTokens.FIELD + "="
                        + URLEncoder.encode(csrfToken(nonce, token), StandardCharsets.UTF_8)));
                request.body(io.micronaut.http.client.multipart.MultipartBody.builder().addPart("type", upload.kind())
                        .addPart("fichier", "personnes.csv", MediaType.of("text/csv"),
                                upload.text().getBytes(StandardCharsets.UTF_8)).build())
                        .contentType(MediaType.MULTIPART_FORM_DATA_TYPE);
            }
        } else {
            if (token != null) {
                request.bearerAuth(token);
            }
            if (target.body() instanceof MatrixTargets.CsvBody csv) {
                request.body(csv.text()).contentType(MediaType.of("text/csv"));
            } else if (target.body() != null) {
                request.body(target.body()).contentType(MediaType.APPLICATION_JSON_TYPE);
            }
            request.accept(MediaType.APPLICATION_JSON_TYPE);
        }
        return exchange(request);
    }

    /** The token a page rendered for this browser (nonce cookie) and session would carry in its forms. */
    private String csrfToken(String nonce, @Nullable String session) {
        SimpleHttpRequest<Object> browser = new SimpleHttpRequest<>(HttpMethod.GET, "/", null);
        browser.cookie(Cookie.of(CsrfTokens.COOKIE, nonce));
        if (session != null) {
            browser.cookie(Cookie.of(sessionCookie, session));
        }
        return csrf.tokenFor(browser);
    }

    private Answer exchange(MutableHttpRequest<?> request) {
        HttpResponse<String> response;
        try {
            response = http.exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> failed = (HttpResponse<String>) e.getResponse();
            response = failed;
        }
        return new Answer(response.code(), response.header("Location"),
                response.getBody(String.class).orElse(""));
    }
}
