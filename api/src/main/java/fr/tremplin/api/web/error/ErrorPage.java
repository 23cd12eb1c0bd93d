package fr.tremplin.api.web.error;

import fr.tremplin.api.error.Problem;
import fr.tremplin.api.web.csrf.CsrfFilter;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;

/** What the French error page says for a status. */
public record ErrorPage(int status, String title, String message) {

    static ErrorPage of(HttpRequest<?> request, HttpResponse<?> response) {
        int status = response.code();
        String detail = response.getBody(Problem.class).map(Problem::detail).orElse(null);
        return switch (status) {
            case 403 -> request.getAttribute(CsrfFilter.REJECTED, Boolean.class).orElse(false)
                    ? new ErrorPage(403, "Formulaire expiré",
                    "Ce formulaire a expiré ou ne vient pas de Tremplin. Revenez à la page précédente, rechargez-la, "
                            + "puis renvoyez le formulaire.")
                    : new ErrorPage(403, "Accès refusé",
                    "Votre compte n'a pas accès à cette page. Si vous pensez que c'est une erreur, "
                            + "contactez l'administrateur de Tremplin." + (detail == null ? "" : " (" + detail + ")"));
            case 404 -> new ErrorPage(404, "Page introuvable", detail != null && !detail.startsWith("Aucune ressource")
                    ? detail : "La page demandée n'existe pas ou a été supprimée. Vérifiez l'adresse.");
            case 405 -> new ErrorPage(405, "Action impossible", "Cette adresse n'accepte pas cette action.");
            case 413 -> new ErrorPage(413, "Envoi trop volumineux", "Le formulaire envoyé dépasse la taille autorisée.");
            default -> status >= 500
                    ? new ErrorPage(status, "Erreur inattendue",
                    "Une erreur est survenue de notre côté. Réessayez dans un instant ; si elle persiste, "
                            + "signalez-la à l'administrateur.")
                    : new ErrorPage(status, "Demande impossible", detail == null ? "La demande n'a pas pu aboutir." : detail);
        };
    }
}
