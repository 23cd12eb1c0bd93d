package fr.tremplin.core.ranking;

import fr.tremplin.core.index.SeekerIndexView;
import fr.tremplin.core.index.VacancyIndexView;
import fr.tremplin.core.seeker.SeekerStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import static fr.tremplin.core.index.SeekerViewFixture.aSeeker;
import static fr.tremplin.core.index.VacancyViewFixture.aVacancy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A bricklayer vacancy in Nantes and a dozen people designed around it: exact top ranks, exact exclusions,
 * and the explanation of the best hit.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CandidateRankingGoldenTest {

    // F1703 Maçonnerie skills (occupation counts in brackets): rare ones
    static final String COFFRAGES = "103771";   // Réaliser et poser les coffrages... (2)
    static final String MORTIERS = "121482";    // Appliquer les mortiers (1)
    static final String PIERRES = "113754";     // Réaliser un mur en pierres (1)
    static final String ISOLANTS = "119005";    // Poser des matériaux isolants (8)
    static final String JOINTS = "103775";      // Réaliser et lisser les joints (4)

    static final VacancyIndexView MACON = aVacancy("v-macon").occupation("F1703").in("44109")
            .titled("Maçon (H/F)")
            .described("Maçonnerie traditionnelle en rénovation : coffrages, mortiers, murs en pierres.")
            .requiring(COFFRAGES).requiring(MORTIERS).requiring(PIERRES)
            .preferring(ISOLANTS).preferring(JOINTS)
            .requiringLicence("B").starting(LocalDate.of(2027, 1, 4)).build();

    private TestIndex index;
    private final Ranking ranking = TestIndex.ranking();

    @BeforeAll
    void indexPeople() {
        List<SeekerIndexView> people = List.of(
                // ranked
                aSeeker("a-macon-complet").in("44109").radius(25).withLicence("B").targeting("F1703")
                        .experienced("F1703", 48).withSkill(COFFRAGES).withSkill(MORTIERS).withSkill(PIERRES)
                        .withSkill(ISOLANTS).summary("Maçon expérimenté : coffrages, murs en pierres, rénovation").build(),
                aSeeker("b-macon-debutant").in("44143").radius(25).withLicence("B").targeting("F1703")
                        .experienced("F1703", 6).withSkill(COFFRAGES).summary("Maçon débutant").build(),
                aSeeker("c-beton-proche").in("44162").radius(25).withLicence("B").targeting("F1701")
                        .withSkill(COFFRAGES).summary("Coffreur bancheur").build(),
                aSeeker("d-facade-evolution").in("44109").radius(25).withLicence("CE").targeting("F1611")
                        .withSkill(MORTIERS).summary("Façadier").build(),
                aSeeker("e-meme-domaine").in("44109").radius(25).withLicence("B").targeting("F1704")
                        .withSkill(JOINTS).build(),
                aSeeker("f-sans-rapport").in("44109").radius(25).withLicence("B").targeting("K2204")
                        .withSkill(ISOLANTS).summary("Agent d'entretien").build(),
                // excluded by a hard filter
                aSeeker("g-trop-loin").in("44184").radius(20).withLicence("B").targeting("F1703")
                        .withSkill(COFFRAGES).withSkill(MORTIERS).withSkill(PIERRES).build(),
                aSeeker("h-place").status(SeekerStatus.PLACED).in("44109").withLicence("B").targeting("F1703")
                        .withSkill(COFFRAGES).build(),
                aSeeker("i-sans-consentement").withoutConsent().in("44109").withLicence("B").targeting("F1703")
                        .withSkill(COFFRAGES).build(),
                aSeeker("j-sans-permis").in("44109").targeting("F1703").withSkill(COFFRAGES).build(),
                aSeeker("k-indisponible").in("44109").withLicence("B").targeting("F1703").withSkill(COFFRAGES)
                        .availableFrom(LocalDate.of(2027, 3, 1)).build(),
                aSeeker("l-en-pause").status(SeekerStatus.PAUSED).in("44109").withLicence("B").targeting("F1703")
                        .build(),
                // shares nothing with the vacancy: not even retrieved
                aSeeker("m-rien-en-commun").in("44109").withLicence("B").targeting("G1603").build());
        index = TestIndex.ofSeekers(people);
    }

    @AfterAll
    void close() throws IOException {
        index.close();
    }

    @Test
    void ranksByOccupationProximityThenSkills() {
        RankedPage<CandidateHit> page = ranking.candidates(index.searcher(), CandidateQuery.of(MACON));

        assertThat(page.hits()).extracting(CandidateHit::seekerId).containsExactly(
                "a-macon-complet", "b-macon-debutant", "c-beton-proche", "d-facade-evolution", "e-meme-domaine",
                "f-sans-rapport");
        assertThat(page.total()).isEqualTo(6);
        assertThat(page.totalExact()).isTrue();
    }

    @Test
    void explanationOfTheBestHitNamesItsFactsAndAddsUp() {
        CandidateHit best = ranking.candidates(index.searcher(), CandidateQuery.of(MACON)).hits().getFirst();

        MatchExplanation explanation = best.explanation();
        assertThat(explanation.total()).isCloseTo(best.score(), within(1e-9));
        assertThat(explanation.contributions()).extracting(Contribution::feature)
                .containsExactly("occupation", "skills", "experience", "distance", "text", "waiting");
        assertThat(explanation.contributions().getFirst().label()).isEqualTo("Recherche ce métier : F1703 Maçonnerie");
        assertThat(explanation.contributions().get(2).label()).isEqualTo("4 ans d'expérience en F1703 Maçonnerie");
        assertThat(explanation.matchedSkills()).containsExactly(COFFRAGES, PIERRES, MORTIERS, ISOLANTS); // must-have first, by code
        assertThat(explanation.missingSkills()).isEmpty();
        assertThat(best.distanceKm()).isCloseTo(0.0, within(0.01));
    }

    @Test
    void mobilityLevelsAreNamedInTheExplanation() {
        List<CandidateHit> hits = ranking.candidates(index.searcher(), CandidateQuery.of(MACON)).hits();

        assertThat(hits).extracting(hit -> hit.explanation().contributions().getFirst().label()).containsExactly(
                "Recherche ce métier : F1703 Maçonnerie",
                "Recherche ce métier : F1703 Maçonnerie",
                "Métier proche (mobilité ROME) : F1701 Construction en béton",
                "Évolution possible (mobilité ROME) depuis F1611 Réalisation et restauration de façades",
                "Même domaine professionnel (F17 Travaux et gros oeuvre) : F1704 Préparation du gros oeuvre et des travaux publics",
                "Aucun métier en commun");
        assertThat(hits.get(1).explanation().missingSkills()).containsExactly(PIERRES, MORTIERS);
    }
}
