package fr.tremplin.api.web;

import fr.tremplin.api.support.ApiTest;
import fr.tremplin.api.support.WebPages;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accessibility statement is public and linked from every page's footer; a refused form's page title starts
 * with « Erreur – » and its error summary takes the focus, a normal page's title does not.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class AccessibilityStatementPageTest extends ApiTest {
    private static final String FOOTER_LINK = "href=\"/accessibilite\" id=\"lien-accessibilite\">Accessibilité : partiellement conforme</a>";

    private WebPages web;

    @BeforeEach
    void pages() {
        web = new WebPages(httpClient, api);
    }

    @Test
    void theStatementIsPublicHonestAndLinkedFromEveryPagesFooter() {
        HttpResponse<String> statement = web.page(null, HttpRequest.GET("/accessibilite"));
        assertThat(statement.code()).isEqualTo(200);
        assertThat(statement.body().replace("&rsquo;", "’")).contains("<title>Déclaration d’accessibilité — Tremplin</title>",
                "<h1>Déclaration d’accessibilité</h1>", "<strong>partiellement conforme</strong>", "RGAA",
                "Aucun audit RGAA complet", "id=\"non-conformites\"", "Défenseur des droits").contains(FOOTER_LINK);

        assertThat(web.page(null, HttpRequest.GET("/connexion")).body()).contains(FOOTER_LINK);
        for (String[] page : List.of(new String[] {"conseiller", "/personnes"}, new String[] {"entreprise", "/mes-offres"},
                new String[] {"admin", "/administration"}, new String[] {"entreprise", "/accessibilite"})) {
            HttpResponse<String> signedIn = web.page(page[0], HttpRequest.GET(page[1]));
            assertThat(signedIn.code()).as(page[1]).isEqualTo(200);
            assertThat(signedIn.body()).as(page[1]).contains(FOOTER_LINK).doesNotContain("<title>Erreur");
        }
    }

    @Test
    void aRefusedLoginSaysErreurInTheTitleAndFocusesItsMessage() {
        HttpResponse<String> form = web.page(null, HttpRequest.GET("/connexion"));
        assertThat(form.body()).contains("<title>Connexion — Tremplin</title>");
        HttpResponse<String> refused = web.post(null, form, "/connexion", "username=conseiller&password=faux");
        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.body()).contains("<title>Erreur – Connexion — Tremplin</title>")
                .containsPattern("id=\"erreur-connexion\"[^>]*tabindex=\"-1\"");
    }
}
