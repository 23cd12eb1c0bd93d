package fr.tremplin.core.ranking;

import fr.tremplin.core.employer.EmployerKind;
import fr.tremplin.core.index.SeekerIndexView;
import fr.tremplin.core.index.VacancyIndexView;
import fr.tremplin.core.seeker.Programme;
import fr.tremplin.core.seeker.Public;
import fr.tremplin.core.vacancy.ContractType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static fr.tremplin.core.index.SeekerViewFixture.aSeeker;
import static fr.tremplin.core.index.VacancyViewFixture.aVacancy;
import static fr.tremplin.core.ranking.CandidateRankingGoldenTest.COFFRAGES;
import static fr.tremplin.core.ranking.CandidateRankingGoldenTest.MORTIERS;
import static fr.tremplin.core.ranking.CandidateRankingGoldenTest.PIERRES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class CandidateRankingTest {

    private final Ranking ranking = TestIndex.ranking();

    private static final VacancyIndexView MACON = aVacancy("v").occupation("F1703").in("44109").titled("Maçon")
            .requiring(COFFRAGES).requiring(MORTIERS).build();

    private List<CandidateHit> hits(List<SeekerIndexView> people, CandidateQuery query) throws IOException {
        try (TestIndex index = TestIndex.ofSeekers(people)) {
            return ranking.candidates(index.searcher(), query).hits();
        }
    }

    private RankedPage<CandidateHit> page(List<SeekerIndexView> people, CandidateQuery query) throws IOException {
        try (TestIndex index = TestIndex.ofSeekers(people)) {
            return ranking.candidates(index.searcher(), query);
        }
    }

    /**
     * With exact counts the scoring waits for the segment's end and scores the best bounds first: here, in each of
     * two segments, 40 people with both skills (the best bounds) but nothing else, and 5 with one skill but
     * experience, a long wait and the vacancy's title in their summary, who score higher. They must still be found,
     * as the fast mode finds them.
     */
    @Test
    void peopleWhoseBoundIsNotAmongTheBestAreStillScoredAndWin() throws IOException {
        // in each segment the winners come first: the second pass must read the segment again from its start
        List<List<SeekerIndexView>> segments = new ArrayList<>();
        for (int segment = 0; segment < 2; segment++) {
            List<SeekerIndexView> people = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                people.add(aSeeker(String.format("score-%d%d", segment, i)).targeting("F1703").withSkill(COFFRAGES)
                        .experienced("F1703", 60).waitingSince(TestIndex.TODAY.minusYears(2))
                        .summary("Maçon confirmé").build());
            }
            for (int i = 0; i < 40; i++) {
                people.add(aSeeker(String.format("bound-%d%02d", segment, i)).targeting("F1703")
                        .withSkill(COFFRAGES).withSkill(MORTIERS).build());
            }
            segments.add(people);
        }
        try (TestIndex index = TestIndex.ofSeekersInSegments(segments)) {
            CandidateQuery exact = CandidateQuery.of(MACON).page(PageRequest.of(0, 10));
            RankedPage<CandidateHit> counted = ranking.candidates(index.searcher(), exact);
            RankedPage<CandidateHit> fast = ranking.candidates(index.searcher(),
                    exact.page(PageRequest.of(0, 10).withoutCounts()));

            assertThat(counted.total()).isEqualTo(90);
            assertThat(counted.hits()).extracting(CandidateHit::seekerId).allMatch(id -> id.startsWith("score-"))
                    .hasSize(10);
            assertThat(counted.hits()).isEqualTo(fast.hits());
        }
    }

    @Test
    void mustHaveSkillMissingIsExplainedAndStrictModeExcludesThePerson() throws IOException {
        List<SeekerIndexView> people = List.of(
                aSeeker("complete").targeting("F1703").withSkill(COFFRAGES).withSkill(MORTIERS).build(),
                aSeeker("partial").targeting("F1703").withSkill(COFFRAGES).build());

        List<CandidateHit> relaxed = hits(people, CandidateQuery.of(MACON));
        List<CandidateHit> strict = hits(people, CandidateQuery.of(MACON).strict(true));

        assertThat(relaxed).extracting(CandidateHit::seekerId).containsExactly("complete", "partial");
        assertThat(relaxed.get(1).explanation().missingSkills()).containsExactly(MORTIERS);
        assertThat(relaxed.get(1).explanation().contributions().get(1).label())
                .startsWith("Compétences exigées : 1 sur 2");
        assertThat(strict).extracting(CandidateHit::seekerId).containsExactly("complete");
    }

    @Test
    void unitFilterKeepsTheUnitButItsFacetCountsEveryUnit() throws IOException {
        List<SeekerIndexView> people = List.of(
                aSeeker("north-1").targeting("F1703").followedBy("NORD").build(),
                aSeeker("north-2").targeting("F1703").followedBy("NORD").build(),
                aSeeker("south").targeting("F1703").followedBy("SUD").build());

        RankedPage<CandidateHit> page = page(people, CandidateQuery.of(MACON).unit("SUD"));

        assertThat(page.hits()).extracting(CandidateHit::seekerId).containsExactly("south");
        assertThat(page.total()).isEqualTo(1);
        assertThat(page.facets().of(Facets.EMPLOYMENT_UNIT)).containsExactly(entry("NORD", 2L), entry("SUD", 1L));
    }

    @Test
    void equalScoresComeInIdOrderOnEveryPage() throws IOException {
        List<SeekerIndexView> twins = new ArrayList<>();
        for (String id : List.of("t07", "t03", "t11", "t01", "t05", "t09", "t02")) {
            twins.add(aSeeker(id).targeting("F1703").withSkill(COFFRAGES).build());
        }
        try (TestIndex index = TestIndex.ofSeekers(twins)) {
            List<String> ids = new ArrayList<>();
            for (int page = 0; page < 3; page++) {
                ranking.candidates(index.searcher(), CandidateQuery.of(MACON).page(PageRequest.of(page, 3))).hits()
                        .forEach(hit -> ids.add(hit.seekerId()));
            }
            assertThat(ids).containsExactly("t01", "t02", "t03", "t05", "t07", "t09", "t11");
        }
    }

    @Test
    void pagingKeepsTheTotalAndFacetsCountTheEligibleSet() throws IOException {
        List<SeekerIndexView> people = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            var person = aSeeker(String.format("p%02d", i)).targeting("F1703")
                    .in(i % 2 == 0 ? "44109" : "44143").radius(30).followedBy(i < 10 ? "NORD" : "SUD");
            if (i % 5 == 0) {
                person.with(Public.RSA).eligibleTo(Programme.PEC, "PEC_RSA", "Bénéficiaire du RSA : éligible au PEC");
            }
            people.add(person.build());
        }

        RankedPage<CandidateHit> second = page(people, CandidateQuery.of(MACON).page(PageRequest.of(1, 10)));

        assertThat(second.hits()).hasSize(10);
        assertThat(second.total()).isEqualTo(25);
        assertThat(second.page()).isEqualTo(1);
        assertThat(second.facets().counts().keySet())
                .containsExactly(Facets.EMPLOYMENT_UNIT, Facets.PUBLICS, Facets.DISTANCE, Facets.PROGRAMMES);
        assertThat(second.facets().of(Facets.PUBLICS)).containsExactly(entry("RSA", 5L));
        assertThat(second.facets().of(Facets.PROGRAMMES)).containsExactly(entry("PEC", 5L));
        assertThat(second.facets().of(Facets.DISTANCE)).containsExactly(entry("0-5", 13L), entry("5-10", 12L),
                entry("10-20", 0L), entry("20-30", 0L), entry("30-50", 0L), entry("50+", 0L));
        assertThat(second.facets().of(Facets.EMPLOYMENT_UNIT)).containsExactly(entry("NORD", 10L), entry("SUD", 15L));
    }

    @Test
    void clickedFacetValuesFilterThePeopleAndTheCountsFollow() throws IOException {
        List<SeekerIndexView> people = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            var person = aSeeker(String.format("p%02d", i)).targeting("F1703")
                    .in(i % 2 == 0 ? "44109" : "44143").radius(30).followedBy(i < 10 ? "NORD" : "SUD");
            if (i % 5 == 0) {
                person.with(Public.RSA).eligibleTo(Programme.PEC, "PEC_RSA", "Bénéficiaire du RSA : éligible au PEC");
            }
            people.add(person.build());
        }
        FacetFilter rsa = new FacetFilter(java.util.Set.of(Public.RSA), java.util.Set.of(), null);
        FacetFilter pec = new FacetFilter(java.util.Set.of(), java.util.Set.of(Programme.PEC), null);
        FacetFilter near = new FacetFilter(java.util.Set.of(), java.util.Set.of(), "0-5");
        FacetFilter rsaNear = new FacetFilter(java.util.Set.of(Public.RSA), java.util.Set.of(), "0-5");

        RankedPage<CandidateHit> byPublic = page(people, CandidateQuery.of(MACON).facets(rsa));
        RankedPage<CandidateHit> byProgramme = page(people, CandidateQuery.of(MACON).facets(pec));
        RankedPage<CandidateHit> byDistance = page(people, CandidateQuery.of(MACON).facets(near));
        RankedPage<CandidateHit> both = page(people, CandidateQuery.of(MACON).facets(rsaNear).unit("SUD"));

        assertThat(byPublic.hits()).extracting(CandidateHit::seekerId)
                .containsExactlyInAnyOrder("p00", "p05", "p10", "p15", "p20");
        assertThat(byPublic.total()).isEqualTo(5);
        assertThat(byPublic.facets().of(Facets.PUBLICS)).containsExactly(entry("RSA", 5L));
        assertThat(byProgramme.total()).isEqualTo(5);
        assertThat(byDistance.total()).isEqualTo(13);
        assertThat(byDistance.hits()).allSatisfy(hit -> assertThat(hit.distanceKm()).isLessThan(5.0));
        assertThat(byDistance.facets().of(Facets.PUBLICS)).containsExactly(entry("RSA", 3L));
        assertThat(both.hits()).extracting(CandidateHit::seekerId).containsExactlyInAnyOrder("p10", "p20");
    }

    @Test
    void anUnknownDistanceBandIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new FacetFilter(java.util.Set.of(), java.util.Set.of(), "3-7"))
                .isInstanceOf(InvalidQueryException.class);
    }

    @Test
    void vacancyDistanceLimitAppliesOnTopOfThePersonsRadius() throws IOException {
        VacancyIndexView nearOnly = aVacancy("v").occupation("F1703").in("44109").withinKm(5).build();
        List<SeekerIndexView> people = List.of(
                aSeeker("nantes").in("44109").targeting("F1703").radius(40).build(),
                aSeeker("saint-herblain").in("44162").targeting("F1703").radius(40).build());

        assertThat(hits(people, CandidateQuery.of(nearOnly))).extracting(CandidateHit::seekerId)
                .containsExactly("nantes");
    }

    @Test
    void contractNeedsItsProgrammeAndTheExplanationGivesTheRule() throws IOException {
        VacancyIndexView pec = aVacancy("v").occupation("F1703").in("44109")
                .contract(ContractType.PEC, 26).by("MAIRIE", EmployerKind.PUBLIC_BUYER).build();
        List<SeekerIndexView> people = List.of(
                aSeeker("rsa").targeting("F1703").with(Public.RSA)
                        .eligibleTo(Programme.PEC, "PEC_RSA", "Bénéficiaire du RSA : éligible au parcours emploi compétences (PEC)")
                        .build(),
                aSeeker("not-eligible").targeting("F1703").eligibleTo(Programme.IAE).build());

        List<CandidateHit> hits = hits(people, CandidateQuery.of(pec));

        assertThat(hits).extracting(CandidateHit::seekerId).containsExactly("rsa");
        assertThat(hits.getFirst().explanation().eligibility())
                .containsExactly("Bénéficiaire du RSA : éligible au parcours emploi compétences (PEC)");
    }

    @Test
    void geiqProfessionalisationAndInsertionClauseEachNeedTheirProgramme() throws IOException {
        VacancyIndexView geiqWithClause = aVacancy("v").occupation("F1703").in("44109")
                .contract(ContractType.PROFESSIONALISATION, 35).by("GEIQ-BTP", EmployerKind.EMPLOYER_GROUP)
                .insertionClause(210).build();
        List<SeekerIndexView> people = List.of(
                aSeeker("both").targeting("F1703").eligibleTo(Programme.GEIQ).eligibleTo(Programme.INSERTION_CLAUSE)
                        .build(),
                aSeeker("geiq-only").targeting("F1703").eligibleTo(Programme.GEIQ).build(),
                aSeeker("clause-only").targeting("F1703").eligibleTo(Programme.INSERTION_CLAUSE).build());

        List<CandidateHit> hits = hits(people, CandidateQuery.of(geiqWithClause));

        assertThat(hits).extracting(CandidateHit::seekerId).containsExactly("both");
        assertThat(hits.getFirst().explanation().eligibility()).containsExactly(
                "Éligible au GEIQ (contrat de professionnalisation)",
                "Éligible aux heures d'insertion des clauses sociales");
    }

    @Test
    void aCompanysProfessionalisationContractIsOpenToEveryone() throws IOException {
        VacancyIndexView company = aVacancy("v").occupation("F1703").in("44109")
                .contract(ContractType.PROFESSIONALISATION, 35).by("SARL", EmployerKind.COMPANY).build();

        assertThat(hits(List.of(aSeeker("anyone").targeting("F1703").build()), CandidateQuery.of(company)))
                .hasSize(1);
    }

    @Test
    void priorityPublicsRankFirstOnAnInsertionClauseVacancyAndLongestWaitingBreaksEvenScores() throws IOException {
        VacancyIndexView clause = aVacancy("v").occupation("F1703").in("44109").insertionClause(420).build();
        List<SeekerIndexView> people = List.of(
                aSeeker("a-not-priority").targeting("F1703").eligibleTo(Programme.INSERTION_CLAUSE)
                        .with(Public.QPV_RESIDENT).build(),
                aSeeker("b-rsa").targeting("F1703").eligibleTo(Programme.INSERTION_CLAUSE).with(Public.RSA).build(),
                aSeeker("c-rsa-waiting").targeting("F1703").eligibleTo(Programme.INSERTION_CLAUSE).with(Public.RSA)
                        .waitingSince(TestIndex.TODAY.minusMonths(9)).build());

        List<CandidateHit> hits = hits(people, CandidateQuery.of(clause));

        assertThat(hits).extracting(CandidateHit::seekerId).containsExactly("c-rsa-waiting", "b-rsa", "a-not-priority");
        Map<String, String> labels = labels(hits.getFirst());
        assertThat(labels).containsEntry("priorityPublic", "Public prioritaire de la clause d'insertion (RSA)")
                .containsEntry("waiting", "Sans proposition depuis 9 mois");
        assertThat(labels(hits.get(2))).containsEntry("priorityPublic",
                "Hors des publics prioritaires de la clause d'insertion");
    }

    @Test
    void diplomaBelowTheRequirementLowersTheScore() throws IOException {
        VacancyIndexView careAssistant = aVacancy("v").occupation("J1501").in("44109").titled("Aide-soignant")
                .minDiploma(4).build();
        List<SeekerIndexView> people = List.of(
                aSeeker("level-3").targeting("J1501").diploma(3).build(),
                aSeeker("level-4").targeting("J1501").diploma(4).build(),
                aSeeker("none").targeting("J1501").build());

        List<CandidateHit> hits = hits(people, CandidateQuery.of(careAssistant));

        assertThat(hits).extracting(CandidateHit::seekerId).containsExactly("level-4", "level-3", "none");
        assertThat(labels(hits.get(1))).containsEntry("diploma",
                "Diplôme de niveau 3, un niveau sous le niveau 4 demandé");
    }

    @Test
    void aHigherLicenceCoversALowerOne() throws IOException {
        VacancyIndexView truck = aVacancy("v").occupation("N4101").in("44109").requiringLicence("C").build();
        List<SeekerIndexView> people = List.of(
                aSeeker("ce").targeting("N4101").withLicence("CE").build(),
                aSeeker("b-only").targeting("N4101").withLicence("B").build());

        assertThat(hits(people, CandidateQuery.of(truck))).extracting(CandidateHit::seekerId).containsExactly("ce");
    }

    @Test
    void pageAndSizeAreChecked() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PageRequest.of(0, 500))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("size must be between 1 and 200");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PageRequest.of(100, 200))
                .isInstanceOfSatisfying(InvalidQueryException.class, e -> assertThat(e.field()).isEqualTo("page"));
    }

    static Map<String, String> labels(CandidateHit hit) {
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        hit.explanation().contributions().forEach(c -> labels.put(c.feature(), c.label()));
        return labels;
    }
}
