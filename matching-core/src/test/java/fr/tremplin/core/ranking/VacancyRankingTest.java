package fr.tremplin.core.ranking;

import fr.tremplin.core.employer.EmployerKind;
import fr.tremplin.core.index.SeekerIndexView;
import fr.tremplin.core.index.VacancyIndexView;
import fr.tremplin.core.seeker.Programme;
import fr.tremplin.core.seeker.Public;
import fr.tremplin.core.vacancy.ContractType;
import fr.tremplin.core.vacancy.VacancyStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import static fr.tremplin.core.index.SeekerViewFixture.aSeeker;
import static fr.tremplin.core.index.VacancyViewFixture.aVacancy;
import static fr.tremplin.core.ranking.CandidateRankingGoldenTest.COFFRAGES;
import static fr.tremplin.core.ranking.CandidateRankingGoldenTest.MORTIERS;
import static fr.tremplin.core.ranking.CandidateRankingGoldenTest.PIERRES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

/** Vacancies for a bricklayer living in Nantes: exact ranks, exclusions and explanation. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VacancyRankingTest {

    private final Ranking ranking = TestIndex.ranking();
    private TestIndex index;

    static final SeekerIndexView AMINA = aSeeker("amina").in("44109").radius(25).withLicence("B")
            .targeting("F1703").experienced("F1703", 30).withSkill(COFFRAGES).withSkill(MORTIERS)
            .with(Public.RSA).eligibleTo(Programme.INSERTION_CLAUSE, "INSERTION_CLAUSE_RSA",
                    "Bénéficiaire du RSA : éligible aux heures d'insertion des clauses sociales")
            .availableFrom(LocalDate.of(2026, 12, 20)).summary("Maçonne, coffrages et mortiers").build();

    @BeforeAll
    void indexVacancies() {
        List<VacancyIndexView> vacancies = List.of(
                aVacancy("1-macon-clause").occupation("F1703").in("44143").titled("Maçon (H/F)")
                        .requiring(COFFRAGES).requiring(MORTIERS).insertionClause(300).build(),
                aVacancy("2-macon-pierres").occupation("F1703").in("44109").titled("Maçon pierre (H/F)")
                        .requiring(COFFRAGES).requiring(PIERRES).build(),
                aVacancy("3-beton").occupation("F1701").in("44109").titled("Coffreur bancheur (H/F)")
                        .requiring(COFFRAGES).build(),
                aVacancy("4-platrier").occupation("F1601").in("44109").titled("Plâtrier (H/F)").build(),
                // shares only the grand domain F: not retrieved
                aVacancy("y-facadier").occupation("F1611").in("44109").titled("Façadier (H/F)").build(),
                // excluded
                aVacancy("x-pourvue").occupation("F1703").in("44109").status(VacancyStatus.FILLED).build(),
                aVacancy("x-loin").occupation("F1703").in("44184").build(),
                aVacancy("x-poids-lourd").occupation("F1703").in("44109").requiringLicence("C").build(),
                aVacancy("x-iae").occupation("F1703").in("44109").contract(ContractType.IAE, 26)
                        .by("ACI", EmployerKind.SIAE).build(),
                aVacancy("x-trop-tot").occupation("F1703").in("44109").starting(LocalDate.of(2026, 12, 2)).build(),
                aVacancy("x-proche-seulement").occupation("F1703").in("44162").withinKm(3).build());
        index = TestIndex.ofVacancies(vacancies);
    }

    @AfterAll
    void close() throws IOException {
        index.close();
    }

    @Test
    void ranksOpenReachableVacanciesByOccupationThenSkills() {
        RankedPage<VacancyHit> page = ranking.vacancies(index.searcher(), VacancyQuery.of(AMINA));

        assertThat(page.hits()).extracting(VacancyHit::vacancyId)
                .containsExactly("1-macon-clause", "2-macon-pierres", "3-beton", "4-platrier");
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.facets().of(Facets.INSERTION_CLAUSE)).containsExactly(entry("false", 3L), entry("true", 1L));
        assertThat(page.facets().of(Facets.CONTRACT_TYPE)).containsExactly(entry("CDI", 4L));
    }

    @Test
    void theExplanationAddsUpAndNamesTheClauseAndEligibility() {
        VacancyHit best = ranking.vacancies(index.searcher(), VacancyQuery.of(AMINA)).hits().getFirst();

        assertThat(best.explanation().total()).isCloseTo(best.score(), within(1e-9));
        assertThat(best.explanation().contributions()).extracting(Contribution::feature).containsExactly(
                "occupation", "skills", "experience", "distance", "text", "diploma", "priorityPublic");
        assertThat(best.explanation().contributions().getFirst().label()).isEqualTo("Métier recherché : F1703 Maçonnerie");
        assertThat(best.explanation().matchedSkills()).containsExactly(COFFRAGES, MORTIERS);
        assertThat(best.explanation().eligibility()).containsExactly(
                "Bénéficiaire du RSA : éligible aux heures d'insertion des clauses sociales");
    }

    @Test
    void strictModeKeepsOnlyVacanciesWhoseMustHavesAreAllHeld() {
        RankedPage<VacancyHit> page = ranking.vacancies(index.searcher(), VacancyQuery.of(AMINA).strict(true));

        assertThat(page.hits()).extracting(VacancyHit::vacancyId)
                .containsExactly("1-macon-clause", "3-beton", "4-platrier");
    }
}
