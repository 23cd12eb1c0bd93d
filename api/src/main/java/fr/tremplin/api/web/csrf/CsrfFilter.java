package fr.tremplin.api.web.csrf;

import fr.tremplin.api.web.form.FormData;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.body.ByteBody;
import io.micronaut.http.body.CloseableAvailableByteBody;
import io.micronaut.http.filter.FilterContinuation;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.web.router.RouteAttributes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Rejects (403) every state-changing request (POST, PUT, PATCH, DELETE) that a browser could send from another
 * site with the session cookie, unless it carries the {@link CsrfTokens CSRF token} in its
 * {@value CsrfTokens#FIELD} form field or {@value CsrfTokens#HEADER} header. Not concerned: requests with an
 * {@code Authorization} header (API clients with a bearer token: no ambient credential) and JSON bodies (another
 * site cannot send them without a CORS preflight, which this server refuses). Also sets the nonce cookie on the
 * response of a request that minted one.
 */
@ServerFilter(value = ServerFilter.MATCH_ALL_PATTERN,
        methods = {HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE})
public class CsrfFilter implements Ordered {
    private static final Logger LOG = LoggerFactory.getLogger(CsrfFilter.class);
    public static final String REJECTED = "tremplin.csrf.rejected";

    private final CsrfTokens tokens;

    public CsrfFilter(CsrfTokens tokens) {
        this.tokens = tokens;
    }

    /** Runs on the blocking executor: reading a form body may wait for the network. */
    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<?> check(HttpRequest<?> request, FilterContinuation<HttpResponse<?>> chain) {
        if (request.getHeaders().contains(HttpHeaders.AUTHORIZATION) || isJson(request)
                || RouteAttributes.getRouteMatch(request).isEmpty()) {
            // no route (unknown path, wrong method or media type): nothing can change, the router answers 404/405/415
            return chain.proceed();
        }
        String submitted = request.getHeaders().get(CsrfTokens.HEADER);
        if (submitted == null && MediaType.APPLICATION_FORM_URLENCODED.equals(mediaType(request))
                && request instanceof ServerHttpRequest<?> server) {
            try (CloseableAvailableByteBody body = server.byteBody().split(ByteBody.SplitBackpressureMode.FASTEST)
                    .buffer().join()) {
                submitted = FormData.parse(body.toString(StandardCharsets.UTF_8)).value(CsrfTokens.FIELD);
            }
        }
        if (submitted == null && MediaType.MULTIPART_FORM_DATA.equals(mediaType(request))) {
            // a file upload form (the import page) carries the token in its action's query: the body is not read here
            submitted = request.getParameters().get(CsrfTokens.FIELD);
        }
        HttpResponse<?> rejection = verdict(request, submitted);
        return rejection == null ? chain.proceed() : rejection;
    }

    @Nullable
    private HttpResponse<?> verdict(HttpRequest<?> request, @Nullable String submitted) {
        if (tokens.isValid(request, submitted)) {
            return null;
        }
        LOG.warn("CSRF token missing or invalid: {} {} refused", request.getMethod(), request.getPath());
        request.setAttribute(REJECTED, Boolean.TRUE);
        return HttpResponse.status(HttpStatus.FORBIDDEN).body(
                "Formulaire expiré ou envoyé depuis un autre site : rechargez la page, puis renvoyez-le.");
    }

    private static boolean isJson(HttpRequest<?> request) {
        String type = mediaType(request);
        return type != null && (type.equals(MediaType.APPLICATION_JSON) || type.endsWith("+json"));
    }

    @Nullable
    private static String mediaType(HttpRequest<?> request) {
        return request.getContentType().map(t -> (t.getType() + "/" + t.getSubtype()).toLowerCase(Locale.ROOT)).orElse(null);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
