package fr.tremplin.api.support;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A blocking client that logs in as a demo account and never throws on error statuses. */
public final class ApiClient {
    private final BlockingHttpClient http;
    private final Map<String, String> tokens = new HashMap<>();

    public ApiClient(BlockingHttpClient http) {
        this.http = http;
    }

    public String token(String username) {
        return tokens.computeIfAbsent(username, u -> {
            HttpResponse<Map> response = http.exchange(
                    HttpRequest.POST("/login", Map.of("username", u, "password", "demo")), Map.class);
            return (String) response.body().get("access_token");
        });
    }

    public <T> HttpResponse<T> as(String username, MutableHttpRequest<?> request, Class<T> type) {
        return exchange(request.bearerAuth(token(username)), type);
    }

    public HttpResponse<Map> as(String username, MutableHttpRequest<?> request) {
        return as(username, request, Map.class);
    }

    @SuppressWarnings("unchecked")
    public <T> HttpResponse<T> exchange(MutableHttpRequest<?> request, Class<T> type) {
        try {
            Argument<T> body = type == List.class ? (Argument<T>) Argument.listOf(Map.class) : Argument.of(type);
            return http.exchange(request, body, Argument.of(Map.class));
        } catch (HttpClientResponseException e) {
            return (HttpResponse<T>) e.getResponse();
        }
    }
}
