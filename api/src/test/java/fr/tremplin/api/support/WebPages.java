package fr.tremplin.api.support;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.cookie.Cookie;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages as a signed-in browser gets them: the session cookie holds the same token as the API's bearer. */
public final class WebPages {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http;
    private final ApiClient api;

    public WebPages(HttpClient http, ApiClient api) {
        this.http = http;
        this.api = api;
    }

    /** The response, whatever its status; {@code username} null for an anonymous visitor. */
    public HttpResponse<String> page(String username, MutableHttpRequest<?> request) {
        request.accept(MediaType.TEXT_HTML);
        if (username != null) {
            request.cookie(Cookie.of("tremplin_session", api.token(username)));
        }
        try {
            return http.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> response = (HttpResponse<String>) e.getResponse();
            return response;
        }
    }

    /** Posts a form as the page {@code formPage} would, with its CSRF cookie and token. */
    public HttpResponse<String> post(String username, HttpResponse<String> formPage, String path, String form) {
        Cookie nonce = formPage.getCookie("tremplin_csrf").orElseThrow(() -> new AssertionError("no CSRF cookie"));
        Matcher token = CSRF.matcher(formPage.body());
        assertThat(token.find()).as("a CSRF field in the form").isTrue();
        return page(username, io.micronaut.http.HttpRequest.POST(path, form + "&_csrf=" + token.group(1))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).cookie(nonce));
    }
}
