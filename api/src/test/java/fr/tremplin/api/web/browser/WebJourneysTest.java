package fr.tremplin.api.web.browser;

import fr.tremplin.api.seeker.JobSeekerMapper;
import fr.tremplin.api.web.referential.Labels;
import fr.tremplin.core.vacancy.ContractType;
import fr.tremplin.core.vacancy.VacancyStatus;
import fr.tremplin.data.common.DepartementTime;
import fr.tremplin.data.seeker.JobSeekerService;
import fr.tremplin.data.user.AppUserRepository;
import fr.tremplin.data.vacancy.Vacancy;
import fr.tremplin.data.vacancy.VacancyService;
import fr.tremplin.indexer.IndexService;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.LocalDate;
import java.util.List;

import static fr.tremplin.api.support.JobSeekerRequestBuilder.aJobSeeker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The main journeys of the web application in headless chromium: each page is screenshot under
 * target/screenshots and checked for the accessibility basics (lang=fr, one h1, every field labelled).
 */
@ExtendWith(BrowserAvailable.class)
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebJourneysTest {
    @Inject
    EmbeddedServer server;
    @Inject
    JobSeekerService seekers;
    @Inject
    JobSeekerMapper seekerMapper;
    @Inject
    VacancyService vacancies;
    @Inject
    AppUserRepository users;
    @Inject
    Labels labels;
    @Inject
    IndexService index;

    private Browser browser;
    private String vacancyId;

    @BeforeAll
    void start() {
        BrowserAvailable.missing().ifPresent(missing ->
                fail("Browser tests are required (TREMPLIN_BROWSER_TESTS=required) but " + missing
                        + ": install chromium chromium-driver"));
        seekers.create(seekerMapper.toEntity(aJobSeeker().firstName("Inès").lastName("Navarrotest")
                .externalRef("RSA-WEB-0001").publics("RSA").build()));
        seekers.create(seekerMapper.toEntity(aJobSeeker().firstName("Yanis").lastName("Navarrotest-Bis")
                .externalRef("RSA-WEB-0002").publics("YOUTH_UNDER_26").bornOn(LocalDate.now(DepartementTime.ZONE).minusYears(22)).build()));
        String employerId = users.findByUsername("entreprise").orElseThrow().employerId();
        vacancyId = vacancies.create(new Vacancy(null, employerId, "F1703", "Maçon coffreur (H/F)",
                "Chantiers de logements collectifs autour de Nantes.", "44109", ContractType.CDI, 35,
                LocalDate.now(DepartementTime.ZONE).plusMonths(1), 2, labels.skillsOf("F1703").stream().limit(2).map(c -> c.code()).toList(),
                List.of(), List.of("B"), null, "MP-2026-017", 420, VacancyStatus.OPEN, null, null, null)).id();
        assertThat(index.awaitReady(java.time.Duration.ofSeconds(60))).as("index ready").isTrue();
        index.syncNow(java.time.Duration.ofSeconds(10));
        browser = new Browser(server.getURL().toString());
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void adviserSearchesOpensEditsWithAnErrorAndCreatesAPerson() {
        browser.login("conseiller");
        assertThat(browser.path()).startsWith("/personnes");
        browser.check("01-conseiller-personnes");

        browser.type("#q", "Navarrotest");
        browser.click("#rechercher");
        browser.waitFor("#resultats");
        assertThat(browser.find("#nombre-resultats").getText()).startsWith("2 personnes trouvées");
        browser.check("02-conseiller-recherche");

        browser.click("#resultats a");
        browser.waitFor("#eligibilite");
        assertThat(browser.find("h1").getText()).isEqualTo("Inès Navarrotest");
        assertThat(browser.find("#eligibilite").getText()).contains("RSA");
        browser.check("03-conseiller-fiche");

        browser.click("#modifier");
        browser.type("#firstName", "");
        browser.type("#lastName", "Navarrotest-Modifiée");
        browser.type("#birthDate", "31/02/1990");
        browser.click("#enregistrer");
        browser.waitFor("#erreurs");
        assertThat(browser.find("#firstName-erreur").getText()).isEqualTo("obligatoire");
        assertThat(browser.find("#birthDate-erreur").getText()).startsWith("date invalide");
        assertThat(browser.find("#lastName").getAttribute("value")).isEqualTo("Navarrotest-Modifiée");
        assertThat(browser.find("#birthDate").getAttribute("value")).isEqualTo("31/02/1990");
        browser.check("04-conseiller-erreurs");

        browser.type("#firstName", "Inès");
        browser.type("#birthDate", "02/03/1990");
        browser.click("#enregistrer");
        browser.waitFor("#fiche-enregistree");
        assertThat(browser.find("h1").getText()).isEqualTo("Inès Navarrotest-Modifiée");

        browser.open("/personnes/nouvelle");
        browser.type("#externalRef", "RSA-WEB-0003");
        browser.type("#lastName", "Lefebvretest");
        browser.type("#firstName", "Maëlle");
        browser.type("#birthDate", "14/07/1988");
        browser.type("#communeInsee", "Saint-Herbl");
        String commune = browser.firstProposal("liste-communes");
        browser.type("#communeInsee", commune);
        browser.type("#targetOccupationToAdd", "aide maçon");
        String occupation = browser.firstProposal("liste-metiers-vises");
        browser.type("#targetOccupationToAdd", occupation);
        browser.find("#skills-legende").click();
        browser.waitFor("#choix-metiers input[type=checkbox]");
        browser.click("label[for=consent-oui]");
        browser.check("05-conseiller-nouvelle-fiche-saisie");
        browser.click("#enregistrer");
        browser.waitFor("#fiche-enregistree");
        assertThat(browser.find("h1").getText()).isEqualTo("Maëlle Lefebvretest");
        assertThat(browser.find("main").getText()).contains(commune).contains(occupation.substring(0, occupation.indexOf(" (")));
        browser.check("06-conseiller-fiche-creee");
    }

    @Test
    @Order(2)
    void adviserOpensAVacancyAndSeesTheRankedCandidatesPanel() {
        browser.open("/offres");
        browser.waitFor("#offres");
        browser.check("07-conseiller-offres");
        browser.open("/offres/" + vacancyId);
        browser.waitFor("#liste-candidats");
        assertThat(browser.find("h1").getText()).isEqualTo("Maçon coffreur (H/F)");
        // the real ranking: both masons of the test data, with their score, explanation and distance
        assertThat(browser.all("#liste-candidats > li")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(browser.find("#liste-candidats").getText()).contains("Inès N.").contains("Yanis N.")
                .contains("/ 100").contains(" km").contains("Pourquoi ce rang");
        browser.click("label[for=choisir-0]");
        assertThat(browser.all("#choisir-0").get(0).isSelected()).isTrue();
        browser.check("08-conseiller-offre-candidats");

        // facet chips in French filter when clicked, and the active one removes its filter
        assertThat(browser.find("#facettes").getText()).contains("Moins de 26 ans (").contains(" km (")
                .doesNotContain("YOUTH_UNDER_26").doesNotContain("APPRENTICESHIP");
        browser.driver().findElement(By.xpath("//nav[@id='facettes']//a[starts-with(normalize-space(.), 'RSA (')]")).click();
        browser.waitFor("#facettes a[aria-current=true]");
        assertThat(browser.path()).contains("public=RSA");
        assertThat(browser.find("#liste-candidats").getText()).contains("Inès N.").doesNotContain("Yanis N.");
        assertThat(browser.find(".tremplin-rank").getText()).isEqualTo("1.");
        browser.check("09-conseiller-offre-filtre-rsa");
        browser.click("#retirer-filtres");
        browser.waitFor("#liste-candidats");
        assertThat(browser.find("#liste-candidats").getText()).contains("Yanis N.");
        browser.logout();
    }

    @Test
    @Order(3)
    void employerPostsAVacancyWithAutocompleteAndSeesItInTheirList() {
        browser.login("entreprise");
        assertThat(browser.path()).startsWith("/mes-offres");
        browser.check("09-employeur-mes-offres");

        browser.click("#publier");
        browser.type("#title", "Maçon VRD (H/F)");
        browser.waitFor("#suggestions-metier button");
        browser.check("10-employeur-suggestions");
        browser.click("#suggestions-metier button");
        assertThat(browser.find("#occupation").getAttribute("value")).contains(" — ");
        browser.waitFor("#competences input[type=checkbox]");
        browser.type("#filtre-competences", "zzzz");
        assertThat(browser.all("#liste-competences tbody tr").get(0).isDisplayed()).as("the filter hides the skills")
                .isFalse();
        browser.find("#filtre-competences").sendKeys(Keys.BACK_SPACE, Keys.BACK_SPACE, Keys.BACK_SPACE, Keys.BACK_SPACE);
        browser.click("label[for=competence-0]");
        browser.click("label[for=competence-1-souhaitee]");
        browser.type("#hoursPerWeek", "35");
        browser.click("#publier-offre");
        browser.waitFor("#erreurs");
        assertThat(browser.find("#communeInsee-erreur").getText()).startsWith("obligatoire");
        assertThat(browser.find("#title").getAttribute("value")).isEqualTo("Maçon VRD (H/F)");
        assertThat(browser.all("#competence-0").get(0).isSelected()).as("the required skill stays ticked").isTrue();
        assertThat(browser.title()).startsWith("Erreur – ");
        assertThat(browser.activeElementId()).as("focus on the error summary").isEqualTo("erreurs");
        browser.check("11-employeur-erreur");

        browser.type("#communeInsee", "Rezé");
        String commune = browser.firstProposal("liste-communes");
        browser.type("#communeInsee", commune);
        browser.click("#publier-offre");
        browser.waitFor("#offre-publiee");
        assertThat(browser.find("#offres").getText()).contains("Maçon VRD (H/F)");
        browser.check("12-employeur-offre-publiee");
        browser.logout();
    }

    @Test
    @Order(4)
    void managerAndAdministratorOpenTheirHomesAndAnAdviserIsRefusedAdministration() {
        browser.login("responsable");
        assertThat(browser.path()).startsWith("/pilotage");
        assertThat(browser.find("main").getText()).contains("Activité par unité").contains("Clauses d'insertion");
        browser.check("13-responsable-pilotage");
        browser.logout();

        browser.login("admin");
        assertThat(browser.path()).startsWith("/administration");
        browser.check("14-admin-administration");
        browser.logout();

        browser.login("conseiller");
        browser.open("/administration");
        assertThat(browser.find("h1").getText()).isEqualTo("Accès refusé");
        browser.check("15-acces-refuse");
        browser.logout();
    }

    @Test
    @Order(5)
    void adviserTicksCandidatesBuildsTheShortlistAndSendsIt() {
        browser.login("conseiller");
        browser.open("/offres/" + vacancyId);
        browser.waitFor("#liste-candidats");
        browser.driver().findElement(By.xpath("//label[contains(., 'Ajouter Inès N.')]")).click();
        browser.driver().findElement(By.xpath("//label[contains(., 'Ajouter Yanis N.')]")).click();
        browser.type("#note", "Deux profils motivés, disponibles dès le mois prochain.");
        browser.click("#envoyer-selection");
        browser.waitFor("#message-selection");
        assertThat(browser.path()).startsWith("/selections/");
        assertThat(browser.find("#statut-selection").getText()).isEqualToIgnoringCase("brouillon");
        assertThat(browser.find("#personnes").getText()).contains("Inès").contains("Yanis");
        browser.check("16-conseiller-selection-brouillon");

        browser.click("#envoyer");
        browser.waitFor("#message-selection");
        assertThat(browser.find("#statut-selection").getText()).isEqualToIgnoringCase("envoyée à l'employeur");
        assertThat(browser.find("#historique").getText()).contains("brouillon → envoyée à l'employeur");
        browser.check("17-conseiller-selection-envoyee");

        browser.open("/selections");
        assertThat(browser.find("#selections").getText()).contains("Maçon coffreur (H/F)");
        browser.check("18-conseiller-selections");
        browser.logout();
    }

    @Test
    @Order(6)
    void employerOpensThePseudonymisedShortlistMeetsOnePersonAndDeclinesTheOther() {
        browser.login("entreprise");
        browser.open("/mes-selections");
        browser.check("19-employeur-selections-recues");
        browser.driver().findElement(By.xpath("//table[@id='selections']//a[contains(., 'Maçon coffreur')]")).click();
        browser.waitFor("#nom-1");
        String before = browser.find("main").getText();
        assertThat(before).doesNotContain("@").doesNotContain("0600000000").doesNotContain("Navarrotest")
                .contains("Inès N.").contains("Yanis N.").contains("Deux profils motivés");
        assertThat(browser.all("[id^=contact-]")).isEmpty();
        browser.check("20-employeur-selection-pseudonymisee");

        int ines = browser.find("#nom-0").getText().startsWith("Inès") ? 0 : 1;
        int yanis = 1 - ines;
        assertThat(browser.find("#adequation-" + ines).getText()).as("why the person fits, skill by skill")
                .contains("Compétences exigées : 0 sur 2", "à acquérir", "Distance jusqu’au lieu de travail", "km");
        browser.click("#rencontrer-" + ines);
        browser.waitFor("#message-reponse");
        assertThat(browser.find("#contact-" + ines).getText()).contains("amina@example.org").contains("0600000000")
                .contains("Navarrotest");
        assertThat(browser.all("#contact-" + yanis)).isEmpty();
        assertThat(browser.find("#telephone-" + ines).getAttribute("href")).isEqualTo("tel:0600000000");
        assertThat(browser.find("#courriel-" + ines).getAttribute("href")).isEqualTo("mailto:amina@example.org");
        String after = browser.find("main").getText();
        assertThat(after.split("amina@example.org", -1)).as("one person's contact details only").hasSize(2);
        assertThat(browser.find("#nom-" + yanis).getText()).isEqualTo("Yanis N.");
        browser.check("21-employeur-coordonnees");

        browser.click("#decliner-" + yanis);
        browser.click("#confirmer-refus-" + yanis);
        browser.waitFor("#motif-" + yanis + "-erreur");
        assertThat(browser.find("#motif-" + yanis + "-erreur").getText()).isEqualTo("choisissez un motif");
        assertThat(browser.title()).startsWith("Erreur – ");
        assertThat(browser.activeElementId()).as("focus on the error summary").isEqualTo("erreurs");
        browser.check("22-employeur-refus-erreur");
        new Select(browser.find("#motif-" + yanis)).selectByValue("DISTANCE");
        browser.click("#confirmer-refus-" + yanis);
        browser.waitFor("#message-reponse");
        assertThat(browser.find("#statut-" + yanis).getText()).isEqualToIgnoringCase("non retenue par l'employeur");
        assertThat(browser.find("#statut-" + ines).getText()).isEqualToIgnoringCase("entretien demandé");
        browser.check("23-employeur-refus");
        browser.logout();
    }

    @Test
    @Order(7)
    void managerOpensTheReportsAndTheClauses() {
        browser.login("responsable");
        browser.click("#lien-rapports");
        browser.waitFor("#rapport");
        assertThat(browser.find("#rapport").getText()).contains("Sélections envoyées").contains("Embauches");
        assertThat(browser.all("#graphique-propositions svg rect")).hasSize(4);
        assertThat(browser.all("#graphique-contrats svg rect")).isNotEmpty();
        assertThat(browser.find("#telecharger-csv").getAttribute("href")).contains("/api/v1/reports/activity?format=csv");
        browser.check("24-responsable-rapports");
        browser.open("/pilotage/clauses");
        assertThat(browser.find("h1").getText()).isEqualTo("Clauses d’insertion");
        browser.check("25-responsable-clauses");
        browser.logout();
    }

    @Test
    @Order(8)
    void administratorChecksAndRebuildsTheIndex() {
        browser.login("admin");
        browser.open("/administration/index");
        assertThat(browser.find("#etat").getText()).startsWithIgnoringCase("Opérationnel");
        browser.check("26-admin-index");
        browser.click("#verifier");
        browser.waitFor("#resultat-verification");
        assertThat(browser.find("#resultat-verification").getText()).as("in French")
                .contains("Index conformes à la base de données", "personnes :").doesNotContain("consistent");
        browser.check("27-admin-index-verification");
        browser.click("#reconstruire");
        browser.waitFor("#reconstruction-lancee");
        // htmx polls the status panel every second and stops once the rebuild is over
        new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30)).until(d ->
                d.findElements(By.id("reconstruction-en-cours")).isEmpty());
        assertThat(browser.find("#derniere-reconstruction").getText()).contains("gen-000002");
        browser.check("28-admin-index-reconstruit");
        browser.logout();
    }
}
