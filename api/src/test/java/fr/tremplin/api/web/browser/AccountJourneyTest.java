package fr.tremplin.api.web.browser;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The newcomer's journey of the default run, in a real browser: the administrator creates an adviser on « Comptes »,
 * reads the invitation on « Courriels » (no SMTP server), follows its link, the adviser chooses a password and logs in.
 */
@ExtendWith(BrowserAvailable.class)
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountJourneyTest {
    private static final String PASSWORD = "Le chantier de Rezé ouvre lundi";

    @Inject
    EmbeddedServer server;

    private Browser browser;

    @BeforeAll
    void start() {
        BrowserAvailable.missing().ifPresent(missing ->
                fail("Browser tests are required (TREMPLIN_BROWSER_TESTS=required) but " + missing));
        browser = new Browser(server.getURL().toString());
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anAdministratorInvitesAnAdviserWhoChoosesAPasswordAndLogsIn() {
        String username = "nbenali" + System.nanoTime();
        browser.login("admin");
        browser.open("/administration/comptes");
        browser.check("30-admin-comptes");
        browser.click("#nouveau-compte");
        browser.type("#username", username);
        browser.type("#displayName", "Nora Benali");
        browser.type("#email", username + "@tremplin.example.org");
        new Select(browser.find("#role")).selectByValue("ADVISER");
        browser.click("#enregistrer-compte");
        browser.waitFor("#erreurs");
        assertThat(browser.find("#erreurs").getText()).contains("Unité emploi : obligatoire pour un conseiller");
        browser.check("31-admin-compte-erreur");
        new Select(browser.find("#employmentUnit")).selectByValue("NANTES-NORD");
        browser.click("#enregistrer-compte");
        browser.waitFor("#compte-cree");

        browser.open("/administration/courriels?a=" + username);
        assertThat(browser.find("#courriels").getText()).contains("non envoyé (pas de serveur SMTP)");
        browser.click("#courriels tbody a");
        browser.waitFor("#texte");
        assertThat(browser.find("#texte").getText()).contains("Bonjour Nora Benali", username);
        browser.check("32-admin-courriel-invitation");
        String link = browser.find(".lien-courriel").getAttribute("href");
        browser.logout();
        browser.driver().get(link);
        browser.waitFor("#enregistrer-mot-de-passe");
        browser.check("33-choisir-mot-de-passe");
        browser.type("#password", PASSWORD);
        browser.type("#confirmation", PASSWORD);
        browser.click("#enregistrer-mot-de-passe");
        browser.waitUntilPathStartsWith("/connexion");

        browser.type("#username", username);
        browser.type("#password", PASSWORD);
        browser.click("#se-connecter");
        browser.waitUntilPathStartsWith("/personnes");
        browser.logout();
    }
}
