package fr.tremplin.api.error;

import fr.tremplin.core.ranking.InvalidQueryException;
import fr.tremplin.data.common.FieldError;
import fr.tremplin.indexer.IndexNotReadyException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

import java.util.List;

/** Problems of the ranking: a query it cannot run (400), an index still being built (503). */
public final class MatchingExceptionHandlers {
    private MatchingExceptionHandlers() {
    }

    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    public static class InvalidQuery implements ExceptionHandler<InvalidQueryException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, InvalidQueryException e) {
            String reason = french(e);
            return Problems.of(HttpStatus.BAD_REQUEST, "La recherche ne peut pas être faite : " + e.field() + " ("
                    + reason + ").", List.of(new FieldError(e.field(), reason)));
        }

        /** The ranking's own messages are for developers (English, in the log); the caller reads these. */
        static String french(InvalidQueryException e) {
            return switch (e.field()) {
                case "page" -> "le classement se parcourt jusqu'au rang " + fr.tremplin.core.wording.FrenchNumbers.count(
                        fr.tremplin.core.ranking.PageRequest.MAX_DEPTH) + " : affinez la recherche plutôt";
                case "size" -> fr.tremplin.api.common.Paging.SIZE_MESSAGE;
                case "distanceKm" -> "tranche de distance : 0-5, 5-10, 10-20, 20-30, 30-50 ou 50+";
                case "occupation", "occupations" -> "code métier ROME inconnu du référentiel (voir GET /api/v1/occupations?q=)";
                case "skills" -> "code de compétence inconnu du référentiel (voir GET /api/v1/skills?q=)";
                case "radiusKm" -> "un rayon demande une commune (communeInsee), entre 1 et 200 km";
                case "licences" -> "permis vide ou trop nombreux (30 au plus)";
                case "communeInsee" -> "commune inconnue du référentiel";
                case "requiredLicences" -> "trop de permis exigés pour être comparés";
                default -> "valeur impossible à utiliser pour le classement";
            };
        }
    }

    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    public static class IndexNotReady implements ExceptionHandler<IndexNotReadyException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, IndexNotReadyException e) {
            return HttpResponse.<Problem>status(HttpStatus.SERVICE_UNAVAILABLE)
                    .body(new Problem("about:blank", "Index en préparation", 503,
                            "L'index de recherche est en cours de construction : réessayez dans quelques secondes. ("
                                    + e.getMessage() + ")", null))
                    .header("Retry-After", "5")
                    .contentType(Problem.MEDIA_TYPE);
        }
    }
}
