package fr.tremplin.api.web.error;

import fr.tremplin.api.web.WebPaths;
import io.micronaut.core.io.Writable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.ModelAndViewRenderer;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Errors seen by a browser become pages in French: 401 sends to the login page (coming back afterwards), other
 * statuses render the {@code error} view. Only requests that ask for HTML (page navigations), outside the API,
 * whose response is not already a page; API clients keep their problem documents.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class HtmlErrorPages implements Ordered {
    static final String HX_REQUEST = "HX-Request";
    static final String HX_REDIRECT = "HX-Redirect";

    private final ModelAndViewRenderer<Map<String, Object>, HttpRequest<?>> renderer;

    public HtmlErrorPages(ModelAndViewRenderer<Map<String, Object>, HttpRequest<?>> renderer) {
        this.renderer = renderer;
    }

    @ResponseFilter
    public MutableHttpResponse<?> toPage(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.code() < 400 || !wantsPage(request) || isPage(response)) {
            return response;
        }
        if (response.code() == HttpStatus.UNAUTHORIZED.getCode()) {
            return toLogin(request);
        }
        if (request.getHeaders().contains(HX_REQUEST)) {
            return response;
        }
        ErrorPage page = ErrorPage.of(request, response);
        Map<String, Object> model = new HashMap<>();
        model.put("error", page);
        Optional<Writable> html = renderer.render(new ModelAndView<>("error", model), request, MediaType.TEXT_HTML);
        if (html.isEmpty()) {
            return response;
        }
        return HttpResponse.status(response.getStatus()).body(html.get()).contentType(WebPaths.HTML);
    }

    private static MutableHttpResponse<?> toLogin(HttpRequest<?> request) {
        String back = request.getMethod() == HttpMethod.GET && !request.getHeaders().contains(HX_REQUEST)
                ? request.getUri().toString() : null;
        String target = WebPaths.LOGIN + (back == null || !WebPaths.isLocalPath(back) ? ""
                : "?retour=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
        if (request.getHeaders().contains(HX_REQUEST)) {
            return HttpResponse.status(HttpStatus.UNAUTHORIZED).header(HX_REDIRECT, target);
        }
        return HttpResponse.seeOther(URI.create(target));
    }

    private static boolean wantsPage(HttpRequest<?> request) {
        String path = request.getPath();
        if (path.startsWith("/api/") || path.equals("/login") || path.startsWith(WebPaths.STATIC + "/")) {
            return false;
        }
        return request.getHeaders().contains(HX_REQUEST)
                || request.accept().stream().anyMatch(t -> t.matches(MediaType.TEXT_HTML_TYPE)
                && !t.equals(MediaType.ALL_TYPE));
    }

    private static boolean isPage(HttpResponse<?> response) {
        return response.getContentType().map(t -> t.matches(MediaType.TEXT_HTML_TYPE)).orElse(false)
                || response.getBody().map(b -> b instanceof ModelAndView<?> || b instanceof Writable).orElse(false);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }
}
