package fr.tremplin.api.security.headers;

import fr.tremplin.api.error.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * 413 for a request body above {@value #MAX_BYTES} bytes (1 MB) on every route but the file imports, which may send
 * up to the server's limit ({@code micronaut.server.max-request-size}, 50 MB: a file of 50,000 lines and more). Runs
 * before security and routing on the declared length; a longer body without a declared length stops at 50 MB.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RequestSizeFilter implements Ordered {
    public static final long MAX_BYTES = 1024 * 1024;
    /** Routes that receive files: the import API and the web import page's upload. */
    static final String[] FILE_ROUTES = {"/api/v1/imports/", "/pilotage/import/"};

    @RequestFilter
    @Nullable
    public HttpResponse<?> check(HttpRequest<?> request) {
        long length = request.getContentLength();
        if (length <= MAX_BYTES || isFileRoute(request.getPath())) {
            return null;
        }
        return Problems.of(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "Le corps de la requête dépasse la taille autorisée"
                + " (1 Mo ; 50 Mo pour un import de fichier).");
    }

    static boolean isFileRoute(String path) {
        for (String prefix : FILE_ROUTES) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 2;
    }
}
