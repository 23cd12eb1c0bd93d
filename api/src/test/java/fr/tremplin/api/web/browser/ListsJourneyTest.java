package fr.tremplin.api.web.browser;

import fr.tremplin.api.seeker.JobSeekerMapper;
import fr.tremplin.data.seeker.JobSeekerService;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.Select;

import static fr.tremplin.api.support.JobSeekerRequestBuilder.aJobSeeker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The people list searched and filtered as an adviser does it, and the manager's hours form refused then explained,
 * in headless chromium (screenshots and accessibility checks as the other journeys).
 */
@ExtendWith(BrowserAvailable.class)
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListsJourneyTest {
    @Inject
    EmbeddedServer server;
    @Inject
    JobSeekerService seekers;
    @Inject
    JobSeekerMapper seekerMapper;

    private Browser browser;

    @BeforeAll
    void start() {
        BrowserAvailable.missing().ifPresent(missing ->
                fail("Browser tests are required (TREMPLIN_BROWSER_TESTS=required) but " + missing
                        + ": install chromium chromium-driver"));
        seekers.create(seekerMapper.toEntity(aJobSeeker().firstName("Agathe").lastName("Quillardtest")
                .externalRef("RSA-LIST-0001").in("44003").targeting("F1703").build()));
        seekers.create(seekerMapper.toEntity(aJobSeeker().firstName("Basile").lastName("Quillardtest")
                .externalRef("RSA-LIST-0002").in("44109").targeting("F1703").build()));
        seekers.create(seekerMapper.toEntity(aJobSeeker().firstName("Céleste").lastName("Quillardtest")
                .externalRef("RSA-LIST-0003").in("44003").targeting("K2204").build()));
        browser = new Browser(server.getURL().toString());
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anAdviserNarrowsThePeopleListThenAManagerSeesWhyHoursWereRefused() {
        browser.login("conseiller");
        browser.open("/personnes");
        browser.type("#q", "Quillardtest");
        browser.click("#rechercher");
        browser.waitFor("#resultats");
        assertThat(browser.find("#nombre-resultats").getText()).isEqualTo("3 personnes trouvées, triées par nom.");

        browser.type("#commune", "Ancenis");
        browser.type("#commune", browser.firstProposal("liste-communes"));
        browser.type("#metier", "F1703");
        new Select(browser.find("#tri")).selectByVisibleText("Commune (code INSEE)");
        browser.click("#rechercher");
        browser.waitFor("#resultats");
        assertThat(browser.find("#nombre-resultats").getText())
                .isEqualTo("1 personne trouvée, triées par commune (code insee).");
        assertThat(browser.find("#resultats").getText()).contains("QUILLARDTEST Agathe").doesNotContain("Basile");
        browser.check("30-conseiller-personnes-filtrees");

        browser.type("#metier", "plombier de luxe");
        browser.click("#rechercher");
        browser.waitFor("#erreurs");
        assertThat(browser.find("#metier-erreur").getText()).contains("n’est pas un métier du répertoire ROME");
        browser.check("31-conseiller-personnes-filtre-illisible");
        browser.logout();

        browser.login("responsable");
        browser.open("/pilotage/clauses/heures");
        browser.type("#jobSeekerId", "INCONNU-0000");
        browser.type("#month", "13/2026");
        browser.type("#hours", "300");
        browser.click("#enregistrer-heures");
        browser.waitFor("#erreurs");
        assertThat(browser.driver().getTitle()).startsWith("Erreur – Saisir des heures d’insertion");
        assertThat(browser.find("#erreurs").getText()).contains("Marché : obligatoire")
                .contains("aucune personne n’a la référence « INCONNU-0000 »")
                .contains("220 heures par mois au plus");
        assertThat(browser.find("#hours").getAttribute("value")).isEqualTo("300");
        browser.check("32-responsable-heures-erreurs");
    }
}
