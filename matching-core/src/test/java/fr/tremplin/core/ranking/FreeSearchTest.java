package fr.tremplin.core.ranking;

import fr.tremplin.core.index.SeekerIndexView;
import fr.tremplin.core.seeker.Public;
import fr.tremplin.core.seeker.SeekerStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static fr.tremplin.core.index.SeekerViewFixture.aSeeker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FreeSearchTest {

    private final Ranking ranking = TestIndex.ranking();
    private TestIndex index;

    @BeforeAll
    void indexPeople() {
        List<SeekerIndexView> people = List.of(
                aSeeker("macon-nantes").in("44109").radius(20).targeting("F1703").withLicence("B")
                        .withSkill("103771").summary("Maçon, coffrages et parpaings, titre professionnel").build(),
                aSeeker("macon-st-nazaire").in("44184").radius(30).targeting("F1703").with(Public.RSA)
                        .summary("Aide-maçon en rénovation").build(),
                aSeeker("agent-entretien").in("44109").radius(15).targeting("K2204").with(Public.RQTH)
                        .withLicence("CE").summary("Agent(e) d'entretien, nettoyage de bureaux").build(),
                aSeeker("cariste").in("44143").radius(25).targeting("N1103")
                        .withLicence("CACES_R489_3").availableFrom(LocalDate.of(2027, 2, 1))
                        .summary("Cariste CACES R489, préparation de commandes").build(),
                aSeeker("macon-sans-consentement").withoutConsent().in("44109").targeting("F1703")
                        .summary("Maçon").build(),
                aSeeker("macon-place").status(SeekerStatus.PLACED).in("44109").targeting("F1703")
                        .summary("Maçon").build());
        index = TestIndex.ofSeekers(people);
    }

    @AfterAll
    void close() throws IOException {
        index.close();
    }

    private RankedPage<CandidateHit> search(FreeSearchQuery query) {
        return ranking.search(index.searcher(), query);
    }

    private static FreeSearchQuery query(String text, List<String> occupations, String commune, Integer radius,
                                         Set<Public> publics, Set<String> licences, LocalDate availableBefore) {
        return new FreeSearchQuery(text, occupations, List.of(), commune, radius, publics, licences, availableBefore,
                null, PageRequest.of(0, 20));
    }

    @Test
    void textFindsPeopleByTheirSummaryAndTitlesInFrench() {
        RankedPage<CandidateHit> page = search(FreeSearchQuery.text("maçonne"));

        assertThat(page.hits()).extracting(CandidateHit::seekerId)
                .containsExactlyInAnyOrder("macon-nantes", "macon-st-nazaire");
        assertThat(page.hits()).allSatisfy(hit -> {
            assertThat(hit.explanation().total()).isCloseTo(hit.score(), within(1e-6));
            assertThat(hit.distanceKm()).isNull();
        });
    }

    @Test
    void aWordNobodyHasFindsNobody() {
        assertThat(search(FreeSearchQuery.text("astronaute")).hits()).isEmpty();
    }

    @Test
    void occupationsPlaceAndRadiusSelectAndRankByProximity() {
        RankedPage<CandidateHit> page = search(query("", List.of("F1703"), "44109", 15, Set.of(), Set.of(), null));

        assertThat(page.hits()).extracting(CandidateHit::seekerId).containsExactly("macon-nantes");
        assertThat(page.hits().getFirst().distanceKm()).isCloseTo(0.0, within(0.01));
        assertThat(CandidateRankingTest.labels(page.hits().getFirst()))
                .containsEntry("distance", "Habite à 0,0 km du lieu recherché");
    }

    @Test
    void publicsLicencesAndAvailabilityAreFilters() {
        assertThat(search(query("", List.of("F1703", "K2204"), null, null, Set.of(Public.RSA, Public.RQTH), Set.of(),
                null)).hits()).extracting(CandidateHit::seekerId)
                .containsExactlyInAnyOrder("macon-st-nazaire", "agent-entretien");
        assertThat(search(query("", List.of("F1703", "K2204"), null, null, Set.of(), Set.of("B"), null)).hits())
                .extracting(CandidateHit::seekerId).containsExactlyInAnyOrder("macon-nantes", "agent-entretien");
        assertThat(search(query("cariste", List.of(), null, null, Set.of(), Set.of(), LocalDate.of(2027, 1, 1)))
                .hits()).isEmpty();
        assertThat(search(query("cariste", List.of(), null, null, Set.of(), Set.of("CACES_R489_3"),
                LocalDate.of(2027, 2, 1))).hits()).extracting(CandidateHit::seekerId).containsExactly("cariste");
    }

    @Test
    void anEmptySearchListsEveryActiveConsentingPerson() {
        RankedPage<CandidateHit> page = search(FreeSearchQuery.text(""));

        assertThat(page.total()).isEqualTo(4);
    }

    static Stream<String> hostileTexts() {
        return Stream.of("title:(foo OR", "*", "\"", "AND OR NOT", "summary:maçon", "id:macon-nantes",
                "maçon~2 OR agent^10", "(((", ")))", "\\", "/regex/", "a\u0000b", "[* TO *]", "+-&&||!(){}[]^\"~*?:\\/",
                "  ", "é".repeat(10_000), "maçon ".repeat(5_000), "\uD83D\uDE00 emoji 😀 maçon");
    }

    @ParameterizedTest
    @MethodSource("hostileTexts")
    void anyTextIsSafe(String text) {
        RankedPage<CandidateHit> page = search(FreeSearchQuery.text(text));

        assertThat(page.hits()).allSatisfy(hit ->
                assertThat(hit.seekerId()).isNotIn("macon-sans-consentement", "macon-place"));
    }

    @Test
    void fieldSyntaxIsNotInterpreted() {
        // "id:macon-nantes" is just words: nobody's profile contains "id", so it cannot pick a person by id
        assertThat(search(FreeSearchQuery.text("id:agent-entretien")).hits()).extracting(CandidateHit::seekerId)
                .containsExactly("agent-entretien");
        assertThat(search(FreeSearchQuery.text("status:PLACED")).hits()).isEmpty();
    }

    @Test
    void unknownCodesAndImpossibleRadiiAreRejectedWithTheField() {
        assertThatThrownBy(() -> search(query("", List.of("Z9999"), null, null, Set.of(), Set.of(), null)))
                .isInstanceOfSatisfying(InvalidQueryException.class, e -> assertThat(e.field()).isEqualTo("occupations"));
        assertThatThrownBy(() -> search(query("", List.of(), "75056", 10, Set.of(), Set.of(), null)))
                .isInstanceOfSatisfying(InvalidQueryException.class, e -> assertThat(e.field()).isEqualTo("communeInsee"));
        assertThatThrownBy(() -> search(query("", List.of(), "44109", 900, Set.of(), Set.of(), null)))
                .isInstanceOfSatisfying(InvalidQueryException.class, e -> assertThat(e.field()).isEqualTo("radiusKm"));
        assertThatThrownBy(() -> search(query("", List.of(), null, 10, Set.of(), Set.of(), null)))
                .isInstanceOfSatisfying(InvalidQueryException.class, e -> assertThat(e.field()).isEqualTo("radiusKm"));
    }
}
