package fr.tremplin.core.eligibility;

import fr.tremplin.core.seeker.Programme;
import fr.tremplin.core.seeker.Public;
import fr.tremplin.core.seeker.SeekerStatus;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static fr.tremplin.core.seeker.Programme.APPRENTICESHIP;
import static fr.tremplin.core.seeker.Programme.GEIQ;
import static fr.tremplin.core.seeker.Programme.IAE;
import static fr.tremplin.core.seeker.Programme.INSERTION_CLAUSE;
import static fr.tremplin.core.seeker.Programme.PEC;
import static fr.tremplin.core.seeker.Public.LONG_TERM_UNEMPLOYED;
import static fr.tremplin.core.seeker.Public.QPV_RESIDENT;
import static fr.tremplin.core.seeker.Public.RQTH;
import static fr.tremplin.core.seeker.Public.RSA;
import static fr.tremplin.core.seeker.Public.YOUTH_UNDER_26;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

class EligibilityRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    private final EligibilityRules rules = EligibilityRules.defaults();

    /** Someone aged {@code age} today, whose birthday was three months ago. */
    private static EligibilityInput aged(int age, Public... publics) {
        return new EligibilityInput(TODAY.minusYears(age).minusMonths(3), Set.of(publics), SeekerStatus.ACTIVE, TODAY);
    }

    /** Someone whose {@code age}-th birthday is {@code TODAY.plusDays(daysToBirthday)}. */
    private static EligibilityInput birthdayIn(int daysToBirthday, int age, Public... publics) {
        return new EligibilityInput(TODAY.plusDays(daysToBirthday).minusYears(age), Set.of(publics), SeekerStatus.ACTIVE, TODAY);
    }

    private Map<Programme, String> granted(EligibilityInput input) {
        Map<Programme, String> byProgramme = new LinkedHashMap<>();
        rules.evaluate(input).forEach(e -> byProgramme.put(e.programme(), e.rule()));
        return byProgramme;
    }

    @Nested
    class Pec {

        @Test
        void rsaRecipientEntersPec() {
            assertThat(granted(aged(40, RSA))).containsEntry(PEC, "PEC_RSA");
        }

        @Test
        void longTermUnemployedEntersPec() {
            assertThat(granted(aged(40, LONG_TERM_UNEMPLOYED))).containsEntry(PEC, "PEC_LONG_TERM_UNEMPLOYED");
        }

        @Test
        void rqthHolderEntersPec() {
            assertThat(granted(aged(40, RQTH))).containsEntry(PEC, "PEC_RQTH");
        }

        @Test
        void qpvResidentEntersPec() {
            assertThat(granted(aged(40, QPV_RESIDENT))).containsEntry(PEC, "PEC_QPV_RESIDENT");
        }

        @Test
        void seniorEntersPecOnAgeAlone() {
            assertThat(granted(aged(55))).containsEntry(PEC, "PEC_SENIOR_50_PLUS");
        }

        @Test
        void youngPersonRecordedAsPriorityYouthEntersPec() {
            assertThat(granted(aged(22, YOUTH_UNDER_26))).containsEntry(PEC, "PEC_YOUTH_WITH_DIFFICULTIES");
        }

        @Test
        void youngPersonNotRecordedAsPriorityYouthIsNotOfferedPec() {
            assertThat(granted(aged(22))).doesNotContainKey(PEC);
        }

        @Test
        void adultWithoutPriorityPublicIsNotOfferedPec() {
            assertThat(granted(aged(35))).doesNotContainKey(PEC);
        }
    }

    @Nested
    class Iae {

        @Test
        void rsaRecipientEntersIae() {
            assertThat(granted(aged(40, RSA))).containsEntry(IAE, "IAE_RSA");
        }

        @Test
        void longTermUnemployedEntersIae() {
            assertThat(granted(aged(40, LONG_TERM_UNEMPLOYED))).containsEntry(IAE, "IAE_LONG_TERM_UNEMPLOYED");
        }

        @Test
        void rqthHolderEntersIae() {
            assertThat(granted(aged(40, RQTH))).containsEntry(IAE, "IAE_RQTH");
        }

        @Test
        void anyoneUnder26EntersIaeOnAgeAlone() {
            assertThat(granted(aged(20))).containsEntry(IAE, "IAE_YOUTH_UNDER_26");
        }

        @Test
        void seniorEntersIaeOnAgeAlone() {
            assertThat(granted(aged(50))).containsEntry(IAE, "IAE_SENIOR_50_PLUS");
        }

        @Test
        void qpvResidenceAloneDoesNotOpenIae() {
            assertThat(granted(aged(35, QPV_RESIDENT))).doesNotContainKey(IAE);
        }
    }

    @Nested
    class Apprenticeship {

        @Test
        void anyoneAged16To29EntersApprenticeship() {
            assertThat(granted(aged(16))).containsEntry(APPRENTICESHIP, "APPRENTICESHIP_AGE");
            assertThat(granted(aged(29))).containsEntry(APPRENTICESHIP, "APPRENTICESHIP_AGE");
        }

        @Test
        void adultOf30WithoutRqthOrRsaIsNotOfferedApprenticeship() {
            assertThat(granted(aged(30, LONG_TERM_UNEMPLOYED))).doesNotContainKey(APPRENTICESHIP);
        }

        @Test
        void rqthHolderEntersApprenticeshipWithoutAgeLimit() {
            assertThat(granted(aged(45, RQTH))).containsEntry(APPRENTICESHIP, "APPRENTICESHIP_RQTH");
        }

        @Test
        void rsaRecipientOver26CanEnterApprenticeshipThroughDepartementRoute() {
            List<Eligibility> eligibilities = rules.evaluate(aged(40, RSA));

            assertThat(eligibilities).filteredOn(e -> e.programme() == APPRENTICESHIP).singleElement()
                    .satisfies(e -> {
                        assertThat(e.rule()).isEqualTo("APPRENTICESHIP_RSA_DEPARTEMENT");
                        assertThat(e.reason()).contains("Bénéficiaire du RSA de 40 ans", "financé par le Département");
                    });
        }

        @Test
        void rsaRecipientUnder30TakesTheGeneralRouteFirst() {
            assertThat(granted(aged(27, RSA))).containsEntry(APPRENTICESHIP, "APPRENTICESHIP_AGE");
        }

        @Test
        void departementRouteCanBeSwitchedOff() {
            EligibilityRules withoutRoute = new EligibilityRules(settings(true, false));

            assertThat(withoutRoute.evaluate(aged(40, RSA))).extracting(Eligibility::programme).doesNotContain(APPRENTICESHIP);
            assertThat(withoutRoute.ruleIds()).doesNotContain("APPRENTICESHIP_RSA_DEPARTEMENT");
        }

        @Test
        void rqthRouteCanBeSwitchedOff() {
            EligibilityRules withoutRqth = new EligibilityRules(settings(false, true));

            assertThat(withoutRqth.evaluate(aged(45, RQTH))).extracting(Eligibility::programme).doesNotContain(APPRENTICESHIP);
        }

        @Test
        void under16CannotEnterApprenticeshipEvenWithRqth() {
            assertThat(granted(aged(15, RQTH))).doesNotContainKey(APPRENTICESHIP);
        }
    }

    @Nested
    class Geiq {

        @Test
        void rsaRecipientEntersGeiq() {
            assertThat(granted(aged(20, RSA))).containsEntry(GEIQ, "GEIQ_RSA");
        }

        @Test
        void longTermUnemployedEntersGeiq() {
            assertThat(granted(aged(20, LONG_TERM_UNEMPLOYED))).containsEntry(GEIQ, "GEIQ_LONG_TERM_UNEMPLOYED");
        }

        @Test
        void rqthHolderEntersGeiq() {
            assertThat(granted(aged(20, RQTH))).containsEntry(GEIQ, "GEIQ_RQTH");
        }

        @Test
        void youngPersonWithoutQualificationEntersGeiq() {
            assertThat(granted(aged(19, YOUTH_UNDER_26))).containsEntry(GEIQ, "GEIQ_YOUTH_WITHOUT_QUALIFICATION");
        }

        @Test
        void jobSeekerOf26OrMoreEntersGeiq() {
            assertThat(granted(aged(35))).containsExactly(entry(GEIQ, "GEIQ_JOB_SEEKER_26_PLUS"));
        }

        @Test
        void youngPersonNotRecordedAsPriorityYouthIsNotOfferedGeiq() {
            assertThat(granted(aged(19))).doesNotContainKey(GEIQ);
        }

        @Test
        void nobodyUnder16EntersGeiq() {
            assertThat(granted(aged(15, RSA, RQTH, YOUTH_UNDER_26))).isEmpty();
        }
    }

    @Nested
    class InsertionClause {

        @ParameterizedTest(name = "{0} aged {1} → {2}")
        @MethodSource("fr.tremplin.core.eligibility.EligibilityRulesTest#clauseCases")
        void eachPriorityPublicOpensTheInsertionClauses(Set<Public> publics, int age, String rule) {
            EligibilityInput input = aged(age, publics.toArray(Public[]::new));

            assertThat(granted(input)).containsEntry(INSERTION_CLAUSE, rule);
        }

        @Test
        void adultWithoutPriorityPublicIsNotOfferedInsertionClauses() {
            assertThat(granted(aged(35))).doesNotContainKey(INSERTION_CLAUSE);
        }
    }

    static Stream<Arguments> clauseCases() {
        return Stream.of(
                Arguments.of(Set.of(RSA), 40, "INSERTION_CLAUSE_RSA"),
                Arguments.of(Set.of(), 24, "INSERTION_CLAUSE_YOUTH_UNDER_26"),
                Arguments.of(Set.of(RQTH), 40, "INSERTION_CLAUSE_RQTH"),
                Arguments.of(Set.of(LONG_TERM_UNEMPLOYED), 40, "INSERTION_CLAUSE_LONG_TERM_UNEMPLOYED"),
                Arguments.of(Set.of(), 58, "INSERTION_CLAUSE_SENIOR_50_PLUS"),
                Arguments.of(Set.of(QPV_RESIDENT), 40, "INSERTION_CLAUSE_QPV_RESIDENT"));
    }

    @Nested
    class Status {

        @Test
        void placedPersonGetsNothing() {
            assertThat(rules.evaluate(withStatus(SeekerStatus.PLACED))).isEmpty();
        }

        @Test
        void exitedPersonGetsNothing() {
            assertThat(rules.evaluate(withStatus(SeekerStatus.EXITED))).isEmpty();
        }

        @Test
        void pausedPersonKeepsTheirEligibilities() {
            assertThat(rules.evaluate(withStatus(SeekerStatus.PAUSED)))
                    .isEqualTo(rules.evaluate(withStatus(SeekerStatus.ACTIVE)))
                    .hasSize(5);
        }

        private EligibilityInput withStatus(SeekerStatus status) {
            return new EligibilityInput(TODAY.minusYears(40), Set.of(RSA, RQTH), status, TODAY);
        }
    }

    @Nested
    class AgeBoundaries {

        @Test
        void dayBefore26thBirthdayStillCountsAsYoung() {
            assertThat(birthdayIn(1, 26).age()).isEqualTo(25);
            assertThat(granted(birthdayIn(1, 26, YOUTH_UNDER_26)))
                    .containsEntry(PEC, "PEC_YOUTH_WITH_DIFFICULTIES")
                    .containsEntry(IAE, "IAE_YOUTH_UNDER_26")
                    .containsEntry(GEIQ, "GEIQ_YOUTH_WITHOUT_QUALIFICATION");
        }

        @Test
        void on26thBirthdayNoLongerYoungButAnAdultJobSeekerForGeiq() {
            assertThat(birthdayIn(0, 26).age()).isEqualTo(26);
            assertThat(granted(birthdayIn(0, 26, YOUTH_UNDER_26)))
                    .doesNotContainKeys(PEC, IAE, INSERTION_CLAUSE)
                    .containsEntry(GEIQ, "GEIQ_JOB_SEEKER_26_PLUS");
        }

        @Test
        void dayBefore50thBirthdayIsNotYetSenior() {
            assertThat(granted(birthdayIn(1, 50))).containsOnlyKeys(GEIQ);
        }

        @Test
        void on50thBirthdayIsSenior() {
            assertThat(granted(birthdayIn(0, 50)))
                    .containsEntry(PEC, "PEC_SENIOR_50_PLUS")
                    .containsEntry(IAE, "IAE_SENIOR_50_PLUS")
                    .containsEntry(INSERTION_CLAUSE, "INSERTION_CLAUSE_SENIOR_50_PLUS");
        }

        @Test
        void apprenticeshipGeneralRouteIsOpenUntilTheDayBefore30thBirthday() {
            assertThat(granted(birthdayIn(1, 30))).containsEntry(APPRENTICESHIP, "APPRENTICESHIP_AGE");
            assertThat(granted(birthdayIn(0, 30))).doesNotContainKey(APPRENTICESHIP);
        }

        @Test
        void apprenticeshipOpensOn16thBirthday() {
            assertThat(granted(birthdayIn(1, 16))).isEmpty();
            assertThat(granted(birthdayIn(0, 16))).containsEntry(APPRENTICESHIP, "APPRENTICESHIP_AGE");
        }

        @Test
        void leapDayBabyTurns26OnFirstOfMarchInCommonYears() {
            LocalDate birth = LocalDate.of(2000, 2, 29);
            EligibilityInput lastFebruaryDay = new EligibilityInput(birth, Set.of(), SeekerStatus.ACTIVE, LocalDate.of(2026, 2, 28));
            EligibilityInput firstOfMarch = new EligibilityInput(birth, Set.of(), SeekerStatus.ACTIVE, LocalDate.of(2026, 3, 1));

            assertThat(lastFebruaryDay.age()).isEqualTo(25);
            assertThat(firstOfMarch.age()).isEqualTo(26);
        }
    }

    @Test
    void oneEligibilityPerProgrammeInProgrammeOrderFromTheFirstGrantingRule() {
        List<Eligibility> eligibilities = rules.evaluate(aged(35, RSA, RQTH, QPV_RESIDENT));

        assertThat(eligibilities).extracting(Eligibility::programme).containsExactly(Programme.values());
        assertThat(eligibilities).extracting(Eligibility::rule).containsExactly(
                "PEC_RSA", "IAE_RSA", "APPRENTICESHIP_RQTH", "GEIQ_RSA", "INSERTION_CLAUSE_RSA");
    }

    @Test
    void reasonsAreWrittenForAdvisers() {
        assertThat(rules.evaluate(aged(40, RSA))).extracting(Eligibility::reason).containsExactly(
                "Bénéficiaire du RSA : éligible au parcours emploi compétences (PEC)",
                "Bénéficiaire du RSA : éligible à l'insertion par l'activité économique (IAE)",
                "Bénéficiaire du RSA de 40 ans (26 ans ou plus), apprentissage des bénéficiaires du RSA de plus de"
                        + " 26 ans financé par le Département : éligible à l'apprentissage",
                "Bénéficiaire du RSA : éligible au GEIQ (contrat de professionnalisation)",
                "Bénéficiaire du RSA : éligible aux heures d'insertion des clauses sociales");
        assertThat(rules.evaluate(aged(52))).extracting(Eligibility::reason)
                .contains("52 ans, 50 ans ou plus : éligible au parcours emploi compétences (PEC)");
    }

    @Test
    void publicSetsAreConfigurable() {
        EligibilitySettings d = EligibilitySettings.defaults();
        EligibilitySettings qpvOpensIae = new EligibilitySettings(d.minimumWorkingAge(), d.youthAgeLimit(), d.seniorAge(),
                d.apprenticeshipMinAge(), d.apprenticeshipMaxAge(), true, true, d.departementRsaApprenticeshipMinAge(),
                d.geiqMinAge(), d.pecPublics(), EnumSet.of(QPV_RESIDENT), d.geiqPublics(), Set.of());

        Map<Programme, String> granted = new LinkedHashMap<>();
        new EligibilityRules(qpvOpensIae).evaluate(aged(35, QPV_RESIDENT)).forEach(e -> granted.put(e.programme(), e.rule()));

        assertThat(granted).containsEntry(IAE, "IAE_QPV_RESIDENT").doesNotContainKey(INSERTION_CLAUSE);
    }

    @Test
    void ruleIdsAreStableAndInEvaluationOrder() {
        assertThat(rules.ruleIds()).containsExactly(
                "PEC_RSA", "PEC_RQTH", "PEC_LONG_TERM_UNEMPLOYED", "PEC_SENIOR_50_PLUS", "PEC_QPV_RESIDENT",
                "PEC_YOUTH_WITH_DIFFICULTIES",
                "IAE_RSA", "IAE_YOUTH_UNDER_26", "IAE_RQTH", "IAE_LONG_TERM_UNEMPLOYED", "IAE_SENIOR_50_PLUS",
                "APPRENTICESHIP_AGE", "APPRENTICESHIP_RQTH", "APPRENTICESHIP_RSA_DEPARTEMENT",
                "GEIQ_RSA", "GEIQ_RQTH", "GEIQ_LONG_TERM_UNEMPLOYED", "GEIQ_YOUTH_WITHOUT_QUALIFICATION",
                "GEIQ_JOB_SEEKER_26_PLUS",
                "INSERTION_CLAUSE_RSA", "INSERTION_CLAUSE_YOUTH_UNDER_26", "INSERTION_CLAUSE_RQTH",
                "INSERTION_CLAUSE_LONG_TERM_UNEMPLOYED", "INSERTION_CLAUSE_SENIOR_50_PLUS", "INSERTION_CLAUSE_QPV_RESIDENT");
    }

    @Test
    void everyRuleAndSettingIsDocumentedForAdvisers() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "eligibility.md"));

        assertThat(rules.ruleIds()).allSatisfy(id -> assertThat(doc).contains("`" + id + "`"));
        Stream.of(EligibilitySettings.class.getRecordComponents())
                .forEach(component -> assertThat(doc).contains("`" + component.getName() + "`"));
    }

    @Test
    void inconsistentSettingsAreRefusedNamingTheSetting() {
        EligibilitySettings d = EligibilitySettings.defaults();

        assertThatThrownBy(() -> new EligibilitySettings(d.minimumWorkingAge(), d.youthAgeLimit(), d.seniorAge(),
                18, 17, true, true, 26, d.geiqMinAge(), d.pecPublics(), d.iaePublics(), d.geiqPublics(),
                d.insertionClausePublics()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Eligibility setting apprenticeshipMaxAge must be between 18 and 99, was 17");
    }

    @Test
    void birthDateAfterTheEvaluationDayIsRefused() {
        assertThatThrownBy(() -> new EligibilityInput(TODAY.plusDays(1), Set.of(), SeekerStatus.ACTIVE, TODAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2025-06-16");
    }

    private static EligibilitySettings settings(boolean rqthWithoutAgeLimit, boolean departementRoute) {
        EligibilitySettings d = EligibilitySettings.defaults();
        return new EligibilitySettings(d.minimumWorkingAge(), d.youthAgeLimit(), d.seniorAge(), d.apprenticeshipMinAge(),
                d.apprenticeshipMaxAge(), rqthWithoutAgeLimit, departementRoute, d.departementRsaApprenticeshipMinAge(),
                d.geiqMinAge(), d.pecPublics(), d.iaePublics(), d.geiqPublics(), d.insertionClausePublics());
    }
}
