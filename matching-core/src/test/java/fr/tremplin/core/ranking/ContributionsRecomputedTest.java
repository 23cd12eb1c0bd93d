package fr.tremplin.core.ranking;

import fr.tremplin.core.index.SeekerIndexView;
import fr.tremplin.core.index.VacancyIndexView;
import fr.tremplin.core.referential.Commune;
import fr.tremplin.core.referential.Occupation;
import fr.tremplin.core.referential.Referential;
import fr.tremplin.core.seeker.Programme;
import fr.tremplin.core.seeker.Public;
import fr.tremplin.core.testing.TestReferential;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static fr.tremplin.core.index.SeekerViewFixture.aSeeker;
import static fr.tremplin.core.index.VacancyViewFixture.aVacancy;
import static fr.tremplin.core.ranking.CandidateRankingGoldenTest.COFFRAGES;
import static fr.tremplin.core.ranking.CandidateRankingGoldenTest.ISOLANTS;
import static fr.tremplin.core.ranking.CandidateRankingGoldenTest.JOINTS;
import static fr.tremplin.core.ranking.CandidateRankingGoldenTest.MACON;
import static fr.tremplin.core.ranking.CandidateRankingGoldenTest.MORTIERS;
import static fr.tremplin.core.ranking.CandidateRankingGoldenTest.PIERRES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Golden hits whose contributions are recomputed here, from the policy's weights and levels and from the person's
 * and the vacancy's data (the referential's skill lists, commune coordinates, dates), by formulas written in this
 * test from docs/ranking.md, not from the ranking's own values. That the contributions add up to the score holds
 * by construction; this checks that each one is the right amount. The text feature (BM25 against the vacancy's
 * best possible score) is only bounded: its exact value needs Lucene's own scoring.
 */
class ContributionsRecomputedTest {

    private static final MatchPolicy POLICY = MatchPolicy.defaults();
    private static final Referential REFERENTIAL = TestReferential.get();
    private static final double EXACT = 1e-9;
    /** Lucene's haversine is "sloppy" (fast trigonometry): a few metres, far below a visible difference. */
    private static final double DISTANCE_TOLERANCE = 1e-5;

    /** What the ranking must have found for one person, written from the fixture's design. */
    private record Expected(String id, double occupation, List<String> skillsHeld, int monthsInOccupation,
                            String commune, LocalDate waitingSince, int diploma, boolean priorityPublic) {
    }

    @Test
    void theMasonsContributionsAreTheWeightedValuesOfTheirFacts() throws IOException {
        List<Expected> expected = List.of(
                new Expected("a", 1.0, List.of(COFFRAGES, MORTIERS, PIERRES, ISOLANTS), 48, "44109",
                        LocalDate.of(2026, 6, 1), 0, false),
                new Expected("b", 1.0, List.of(COFFRAGES), 6, "44143", null, 0, false),
                new Expected("c", POLICY.closeMobilityLevel(), List.of(COFFRAGES), 0, "44162",
                        LocalDate.of(2024, 1, 1), 0, false),
                new Expected("d", POLICY.evolutionMobilityLevel(), List.of(MORTIERS), 0, "44109", null, 0, false),
                new Expected("e", POLICY.sameDomainLevel(), List.of(JOINTS), 0, "44109",
                        TestIndex.TODAY.minusDays(20), 0, false),
                new Expected("f", 0.0, List.of(ISOLANTS), 0, "44109", null, 0, false));
        List<SeekerIndexView> people = List.of(
                aSeeker("a").in("44109").radius(25).withLicence("B").targeting("F1703").experienced("F1703", 48)
                        .withSkill(COFFRAGES).withSkill(MORTIERS).withSkill(PIERRES).withSkill(ISOLANTS)
                        .summary("Maçon expérimenté : coffrages, murs en pierres, rénovation")
                        .waitingSince(LocalDate.of(2026, 6, 1)).build(),
                aSeeker("b").in("44143").radius(25).withLicence("B").targeting("F1703").experienced("F1703", 6)
                        .withSkill(COFFRAGES).summary("Maçon débutant").build(),
                aSeeker("c").in("44162").radius(25).withLicence("B").targeting("F1701").withSkill(COFFRAGES)
                        .summary("Coffreur bancheur").waitingSince(LocalDate.of(2024, 1, 1)).build(),
                aSeeker("d").in("44109").radius(25).withLicence("CE").targeting("F1611").withSkill(MORTIERS)
                        .summary("Façadier").build(),
                aSeeker("e").in("44109").radius(25).withLicence("B").targeting("F1704").withSkill(JOINTS)
                        .waitingSince(TestIndex.TODAY.minusDays(20)).build(),
                aSeeker("f").in("44109").radius(25).withLicence("B").targeting("K2204").withSkill(ISOLANTS)
                        .summary("Agent d'entretien").build());

        checkEveryHit(MACON, people, expected, Set.of("occupation", "skills", "experience", "distance", "text", "waiting"));
    }

    @Test
    void onAnInsertionClauseVacancyWithADiplomaTheDiplomaAndPriorityPublicContributionsAreRight() throws IOException {
        VacancyIndexView clause = aVacancy("v-clause").occupation("F1703").in("44109").titled("Maçon (H/F)")
                .described("Chantier de réhabilitation sous clause d'insertion.")
                .requiring(COFFRAGES).preferring(JOINTS).minDiploma(3).insertionClause(400)
                .starting(LocalDate.of(2027, 1, 4)).build();
        List<Expected> expected = List.of(
                new Expected("rsa-niveau-3", 1.0, List.of(COFFRAGES, JOINTS), 24, "44109", null, 3, true),
                new Expected("niveau-2", 1.0, List.of(COFFRAGES), 0, "44143", null, 2, false),
                // targets a close occupation but has held the vacancy's one: the same-occupation level
                new Expected("rsa-sans-diplome", POLICY.sameOccupationLevel(), List.of(JOINTS), 60, "44162",
                        LocalDate.of(2026, 3, 15), 0, true));
        List<SeekerIndexView> people = List.of(
                aSeeker("rsa-niveau-3").in("44109").radius(30).targeting("F1703").experienced("F1703", 24)
                        .withSkill(COFFRAGES).withSkill(JOINTS).diploma(3).with(Public.RSA)
                        .eligibleTo(Programme.INSERTION_CLAUSE).build(),
                aSeeker("niveau-2").in("44143").radius(30).targeting("F1703").withSkill(COFFRAGES).diploma(2)
                        .with(Public.RQTH).eligibleTo(Programme.INSERTION_CLAUSE).build(),
                aSeeker("rsa-sans-diplome").in("44162").radius(30).targeting("F1701").experienced("F1703", 60)
                        .withSkill(JOINTS).with(Public.RSA).eligibleTo(Programme.INSERTION_CLAUSE)
                        .waitingSince(LocalDate.of(2026, 3, 15)).build());

        checkEveryHit(clause, people, expected, Set.of("occupation", "skills", "experience", "distance", "text",
                "diploma", "priorityPublic", "waiting"));
    }

    private static void checkEveryHit(VacancyIndexView vacancy, List<SeekerIndexView> people, List<Expected> expected,
                                      Set<String> applicable) throws IOException {
        Map<String, Double> weights = weights(applicable);
        try (TestIndex index = TestIndex.ofSeekers(people)) {
            List<CandidateHit> hits = TestIndex.ranking().candidates(index.searcher(), CandidateQuery.of(vacancy)).hits();
            assertThat(hits).extracting(CandidateHit::seekerId).containsExactlyInAnyOrderElementsOf(
                    expected.stream().map(Expected::id).toList());
            for (CandidateHit hit : hits) {
                Expected person = expected.stream().filter(e -> e.id().equals(hit.seekerId())).findFirst().orElseThrow();
                Map<String, Double> actual = hit.explanation().contributions().stream()
                        .collect(Collectors.toMap(Contribution::feature, Contribution::value, (x, y) -> x, LinkedHashMap::new));
                assertThat(actual.keySet()).as("features of %s", person.id()).containsExactlyInAnyOrderElementsOf(applicable);
                Map<String, Double> values = values(vacancy, person);
                double others = 0;
                for (String feature : applicable) {
                    if (feature.equals("text")) {
                        continue;
                    }
                    double want = weights.get(feature) * values.get(feature);
                    others += want;
                    assertThat(actual.get(feature)).as("%s of %s", feature, person.id())
                            .isCloseTo(want, within(feature.equals("distance") ? DISTANCE_TOLERANCE : EXACT));
                }
                assertThat(actual.get("text")).as("text of %s", person.id()).isBetween(0.0, weights.get("text") + EXACT);
                assertThat(hit.score()).as("score of %s", person.id())
                        .isCloseTo(others + actual.get("text"), within(DISTANCE_TOLERANCE));
            }
        }
    }

    /** The policy's weights of the applicable features, scaled to add up to 1. */
    private static Map<String, Double> weights(Set<String> applicable) {
        Map<String, Double> raw = Map.of("occupation", POLICY.occupationWeight(), "skills", POLICY.skillsWeight(),
                "experience", POLICY.experienceWeight(), "distance", POLICY.distanceWeight(),
                "text", POLICY.textWeight(), "diploma", POLICY.diplomaWeight(),
                "priorityPublic", POLICY.priorityPublicWeight(), "waiting", POLICY.waitingWeight());
        double sum = applicable.stream().mapToDouble(raw::get).sum();
        return applicable.stream().collect(Collectors.toMap(f -> f, f -> raw.get(f) / sum));
    }

    /** Each feature's value in [0, 1] for this pair, from docs/ranking.md's formulas. */
    private static Map<String, Double> values(VacancyIndexView vacancy, Expected person) {
        double experienceYears = person.monthsInOccupation() / 12.0;
        double distanceKm = haversineKm(commune(vacancy.communeInsee()), commune(person.commune()));
        double waiting = 0;
        if (person.waitingSince() != null) {
            long days = ChronoUnit.DAYS.between(person.waitingSince(), TestIndex.TODAY);
            waiting = Math.min(1.0, days / (365.25 / 12 * POLICY.waitingSaturationMonths()));
        }
        int required = vacancy.minDiplomaLevel();
        double diploma = person.diploma() >= required ? 1.0
                : required - person.diploma() == 1 ? POLICY.diplomaOneLevelBelow() : 0.0;
        return Map.of(
                "occupation", person.occupation(),
                "skills", coverage(vacancy, person.skillsHeld()),
                "experience", Math.min(1.0, experienceYears / POLICY.experienceSaturationYears()),
                "distance", Math.pow(0.5, distanceKm / POLICY.distanceHalfKm()),
                "diploma", diploma,
                "priorityPublic", person.priorityPublic() ? 1.0 : 0.0,
                "waiting", waiting);
    }

    /**
     * Weighted share of the vacancy's skills the person holds: a must-have weighs 1, a nice-to-have
     * niceToHaveSkillWeight, each times 1 + skillRarityStrength × ln(N / n), n the ROME occupations listing it.
     */
    private static double coverage(VacancyIndexView vacancy, List<String> held) {
        double all = 0;
        double matched = 0;
        for (String skill : vacancy.requiredSkills()) {
            double w = rarity(skill);
            all += w;
            matched += held.contains(skill) ? w : 0;
        }
        for (String skill : vacancy.niceSkills()) {
            double w = POLICY.niceToHaveSkillWeight() * rarity(skill);
            all += w;
            matched += held.contains(skill) ? w : 0;
        }
        return all == 0 ? 0 : matched / all;
    }

    private static double rarity(String skill) {
        List<Occupation> occupations = List.copyOf(REFERENTIAL.occupations());
        long listing = occupations.stream()
                .filter(o -> REFERENTIAL.skillsOf(o.code()).stream().anyMatch(s -> s.code().equals(skill))).count();
        assertThat(listing).as("occupations listing %s", skill).isPositive();
        return 1 + POLICY.skillRarityStrength() * Math.log((double) occupations.size() / listing);
    }

    private static Commune commune(String insee) {
        return REFERENTIAL.commune(insee).orElseThrow();
    }

    /** Great-circle distance on the mean Earth radius (IUGG, 6,371.0088 km). */
    private static double haversineKm(Commune a, Commune b) {
        double dLat = Math.toRadians(b.lat() - a.lat());
        double dLon = Math.toRadians(b.lon() - a.lon());
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(a.lat())) * Math.cos(Math.toRadians(b.lat())) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371.0087714 * Math.asin(Math.sqrt(h));
    }
}
