package fr.tremplin.core.ranking;

import fr.tremplin.core.employer.EmployerKind;
import fr.tremplin.core.index.SeekerIndexView;
import fr.tremplin.core.index.SeekerViewFixture;
import fr.tremplin.core.index.VacancyIndexView;
import fr.tremplin.core.seeker.Programme;
import fr.tremplin.core.vacancy.ContractType;
import fr.tremplin.core.vacancy.VacancyStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

import static fr.tremplin.core.index.SeekerViewFixture.aSeeker;
import static fr.tremplin.core.index.VacancyViewFixture.aVacancy;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a warehouse worker of Saint-Nazaire without CACES would open with one more item: the counts, the order,
 * the kinds, the routes, and the agreement with the strict ranking once the item is gained.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainingCounterTest {

    static final String POSTURES = "100016"; // Gestes et postures de manutention (N1103)
    static final String SECURITE = "101506"; // Règles et consignes de sécurité (N1103)
    static final String INVENTAIRE = "100089"; // Techniques d'inventaire (N1103)
    static final String CACES_3 = "123698"; // Chariots élévateurs en porte-à-faux ≤ 6000 kg (CACES R 389-3)
    static final String CACES_1 = "123696"; // Transpalettes à conducteur porté (CACES R 389-1)

    private final Ranking ranking = TestIndex.ranking();
    private TestIndex index;

    private static SeekerViewFixture magasinier() {
        return aSeeker("karim").in("44184").radius(20).withLicence("B").targeting("N1103").experienced("N1103", 24)
                .withSkill(POSTURES).withSkill(SECURITE).eligibleTo(Programme.GEIQ).eligibleTo(Programme.PEC)
                .availableFrom(LocalDate.of(2026, 12, 20)).summary("Magasinier, préparation de commandes");
    }

    @BeforeAll
    void indexVacancies() {
        List<VacancyIndexView> vacancies = List.of(
                aVacancy("caces-1").occupation("N1103").in("44184").requiring(POSTURES).requiring(CACES_3).build(),
                aVacancy("caces-2").occupation("N1103").in("44132").requiring(SECURITE).requiring(CACES_3).build(),
                aVacancy("caces-3").occupation("N1101").in("44184").requiring(CACES_3).build(),
                aVacancy("permis-c").occupation("N1103").in("44184").requiring(POSTURES).requiringLicence("C").build(),
                aVacancy("inventaire").occupation("N1103").in("44184").requiring(POSTURES).requiring(INVENTAIRE)
                        .build(),
                aVacancy("deja").occupation("N1103").in("44184").requiring(POSTURES).build(),
                // not counted
                aVacancy("x-deux-caces").occupation("N1103").in("44184").requiring(CACES_3).requiring(CACES_1).build(),
                aVacancy("x-caces-et-permis").occupation("N1103").in("44184").requiring(CACES_3)
                        .requiringLicence("C").build(),
                aVacancy("x-pourvue").occupation("N1103").in("44184").requiring(CACES_3)
                        .status(VacancyStatus.FILLED).build(),
                aVacancy("x-nantes").occupation("N1103").in("44109").requiring(CACES_3).build(),
                aVacancy("x-iae").occupation("N1103").in("44184").requiring(CACES_3).contract(ContractType.IAE, 26)
                        .by("ACI", EmployerKind.SIAE).build(),
                aVacancy("x-trop-tot").occupation("N1103").in("44184").requiring(CACES_3)
                        .starting(LocalDate.of(2026, 12, 2)).build(),
                // out of the person's ranking even with the item (CACES R 389-3 is listed by 63 occupations: transversal)
                aVacancy("x-soins-caces").occupation("J1501").in("44184").requiring(CACES_3).build(),
                aVacancy("x-soins-permis").occupation("J1501").in("44184").requiringLicence("C").build());
        index = TestIndex.ofVacancies(vacancies);
    }

    @AfterAll
    void close() throws IOException {
        index.close();
    }

    @Test
    void theCacesComesFirstWithTheVacanciesWhereItIsTheOnlyThingMissing() {
        List<TrainingLine> lines = ranking.trainings(index.searcher(), magasinier().build());

        assertThat(lines).extracting(TrainingLine::code).containsExactly(CACES_3, "C", INVENTAIRE);
        TrainingLine caces = lines.getFirst();
        assertThat(caces.kind()).isEqualTo(TrainingKind.CERTIFICATION);
        assertThat(caces.label()).contains("CACES R 389-3");
        assertThat(caces.vacanciesUnlocked()).isEqualTo(3);
        // also asked, with something else missing, by x-deux-caces and x-caces-et-permis; never by a vacancy a hard
        // filter excludes (closed, too far, IAE, too early) nor by one outside the ranking (x-soins-caces)
        assertThat(caces.vacanciesRequiring()).isEqualTo(5);
        assertThat(caces.examples()).containsExactly("caces-1", "caces-3", "caces-2"); // nearest first
        assertThat(caces.routes()).containsExactly(TrainingRoute.GEIQ, TrainingRoute.PEC, TrainingRoute.TRAINING);
        assertThat(lines.get(1)).extracting(TrainingLine::kind, TrainingLine::label, TrainingLine::vacanciesUnlocked)
                .containsExactly(TrainingKind.LICENCE, "Permis C", 1);
        assertThat(lines.get(1).vacanciesRequiring()).as("permis-c and x-caces-et-permis").isEqualTo(2);
        assertThat(lines.get(2)).extracting(TrainingLine::kind, TrainingLine::vacanciesUnlocked)
                .containsExactly(TrainingKind.SKILL, 1);
    }

    @Test
    void eachCountIsWhatTheStrictRankingGainsOnceTheItemIsHeld() {
        SeekerIndexView person = magasinier().build();
        long before = strictTotal(person);
        for (TrainingLine line : ranking.trainings(index.searcher(), person)) {
            UnaryOperator<SeekerViewFixture> gain = line.kind() == TrainingKind.LICENCE
                    ? f -> f.withLicence(line.code()) : f -> f.withSkill(line.code());
            assertThat(strictTotal(gain.apply(magasinier()).build()) - before)
                    .as(line.code()).isEqualTo(line.vacanciesUnlocked());
        }
    }

    @Test
    void aPersonWhoHoldsTheCacesHasNoCacesLine() {
        List<TrainingLine> lines = ranking.trainings(index.searcher(), magasinier().withSkill(CACES_3).build());

        assertThat(lines).extracting(TrainingLine::code).doesNotContain(CACES_3).contains(CACES_1);
        assertThat(lines).filteredOn(l -> l.code().equals(CACES_1)).singleElement()
                .extracting(TrainingLine::vacanciesUnlocked, TrainingLine::vacanciesRequiring).containsExactly(1, 1);
    }

    @Test
    void aWiderRadiusBringsTheFartherVacanciesIn() {
        List<TrainingLine> near = ranking.trainings(index.searcher(), magasinier().radius(80).build());

        assertThat(near.getFirst().code()).isEqualTo(CACES_3);
        assertThat(near.getFirst().vacanciesUnlocked()).isEqualTo(4); // Nantes comes within reach
    }

    private long strictTotal(SeekerIndexView person) {
        return ranking.vacancies(index.searcher(), VacancyQuery.of(person).strict(true)).total();
    }
}
