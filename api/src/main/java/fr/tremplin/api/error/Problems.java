package fr.tremplin.api.error;

import fr.tremplin.data.common.FieldError;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;

import java.util.List;

/** Builds problem responses with French titles. */
public final class Problems {
    private Problems() {
    }

    public static MutableHttpResponse<Problem> of(HttpStatus status, String detail) {
        return of(status, detail, null);
    }

    public static MutableHttpResponse<Problem> of(HttpStatus status, String detail, List<FieldError> errors) {
        Problem problem = new Problem("about:blank", title(status), status.getCode(), detail, errors);
        return HttpResponse.<Problem>status(status).body(problem).contentType(Problem.MEDIA_TYPE);
    }

    public static String title(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "Requête invalide";
            case UNAUTHORIZED -> "Authentification requise";
            case FORBIDDEN -> "Accès refusé";
            case NOT_FOUND -> "Ressource introuvable";
            case METHOD_NOT_ALLOWED -> "Méthode non autorisée";
            case CONFLICT -> "Conflit";
            case REQUEST_ENTITY_TOO_LARGE -> "Requête trop volumineuse";
            case UNSUPPORTED_MEDIA_TYPE -> "Type de contenu non pris en charge";
            case REQUEST_URI_TOO_LONG -> "Adresse trop longue";
            case TOO_MANY_REQUESTS -> "Trop de tentatives";
            case NOT_ACCEPTABLE -> "Format non disponible";
            case UNPROCESSABLE_ENTITY -> "Données incohérentes";
            case INTERNAL_SERVER_ERROR -> "Erreur interne";
            case SERVICE_UNAVAILABLE -> "Service momentanément indisponible";
            default -> "Erreur " + status.getCode();
        };
    }
}
