package fr.tremplin.data.demo;

import fr.tremplin.core.employer.EmployerKind;
import fr.tremplin.core.employer.Sector;
import fr.tremplin.core.referential.Referential;
import fr.tremplin.core.referential.Skill;
import fr.tremplin.core.seeker.Public;
import fr.tremplin.core.seeker.SeekerStatus;
import fr.tremplin.core.testing.TestReferential;
import fr.tremplin.core.vacancy.ContractType;
import fr.tremplin.core.vacancy.VacancyStatus;
import fr.tremplin.data.employer.Employer;
import fr.tremplin.data.seeker.Experience;
import fr.tremplin.data.seeker.JobSeeker;
import fr.tremplin.data.vacancy.Vacancy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final DemoDataSize SMALL = new DemoDataSize(3_000, 300, 600);

    private Referential referential;
    private DemoData full;

    @BeforeAll
    void generateTheDefaultSetOnce() {
        referential = TestReferential.get();
        full = generator(DemoDataGenerator.DEFAULT_SEED).generate(DemoDataSize.DEFAULT);
    }

    private DemoDataGenerator generator(long seed) {
        return new DemoDataGenerator(referential, DemoDataGenerator.LOIRE_ATLANTIQUE_UNITS, seed, TODAY);
    }

    // ---------------------------------------------------------------------------------------- determinism

    @Test
    void sameSeedGivesTheSameData() {
        DemoData again = generator(DemoDataGenerator.DEFAULT_SEED).generate(DemoDataSize.DEFAULT);
        assertThat(again.employers()).isEqualTo(full.employers());
        assertThat(again.seekers()).isEqualTo(full.seekers());
        assertThat(again.vacancies()).isEqualTo(full.vacancies());
    }

    @Test
    void anotherSeedGivesOtherPeopleWithTheSameIds() {
        DemoData other = generator(7).generate(SMALL);
        DemoData same = generator(DemoDataGenerator.DEFAULT_SEED).generate(SMALL);
        assertThat(other.seekers().getFirst().id()).isEqualTo(same.seekers().getFirst().id());
        long differentNames = countWhere(other.seekers().size(),
                i -> !other.seekers().get(i).lastName().equals(same.seekers().get(i).lastName()));
        assertThat(differentNames).isGreaterThan(other.seekers().size() / 2);
    }

    @Test
    void aSeekerDoesNotChangeWhenTheSizesDo() {
        DemoData small = generator(DemoDataGenerator.DEFAULT_SEED).generate(SMALL);
        assertThat(small.seekers()).isEqualTo(full.seekers().subList(0, SMALL.seekers()));
        assertThat(small.employers()).isEqualTo(full.employers().subList(0, small.employers().size()));
    }

    // ---------------------------------------------------------------------------------------- sizes and ids

    @Test
    void sizesAreTheOnesAskedFor() {
        assertThat(full.seekers()).hasSize(28_000);
        assertThat(count(full.employers(), e -> e.kind() == EmployerKind.COMPANY)).isEqualTo(1_500);
        assertThat(count(full.employers(), e -> e.kind() == EmployerKind.EMPLOYER_GROUP)).isBetween(10L, 14L);
        assertThat(count(full.employers(), e -> e.kind() == EmployerKind.SIAE)).isBetween(30L, 50L);
        assertThat(count(full.employers(), e -> e.kind() == EmployerKind.PUBLIC_BUYER)).isBetween(8L, 12L);
        assertThat(count(full.vacancies(), v -> v.status() == VacancyStatus.OPEN)).isEqualTo(3_000);
        assertThat(count(full.vacancies(), v -> v.status() != VacancyStatus.OPEN)).isBetween(100L, 200L);
    }

    @Test
    void sizesAreChecked() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DemoDataSize(-1, 10, 10))
                .hasMessageContaining("tremplin.demo.seekers");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DemoDataSize(10, 0, 10))
                .hasMessageContaining("entreprise");
        assertThat(DemoNames.size()).as("a few hundred first and last names").isGreaterThan(500);
    }

    @Test
    void idsAndReferencesAreUnique() {
        assertUnique(full.seekers(), JobSeeker::id);
        assertUnique(full.seekers(), JobSeeker::externalRef);
        assertUnique(full.employers(), Employer::id);
        assertUnique(full.employers(), e -> e.name().toLowerCase());
        assertUnique(full.vacancies(), Vacancy::id);
        assertThat(full.seekers().getFirst().externalRef()).isEqualTo("RSA-0000001");
        assertThat(full.seekers().getLast().externalRef()).isEqualTo("RSA-0028000");
        assertThat(full.seekers().getFirst().id()).isEqualTo(DemoDataGenerator.seekerId(0));
    }

    @Test
    void everySiretHas14DigitsPassesLuhnAndIsUnique() {
        assertUnique(full.employers(), Employer::siret);
        assertThat(full.employers()).allSatisfy(e -> {
            assertThat(e.siret()).matches("\\d{14}");
            assertThat(Siret.isLuhnValid(e.siret())).as("Luhn of %s", e.siret()).isTrue();
            assertThat(Siret.isLuhnValid(e.siret().substring(0, 9))).as("Luhn of SIREN %s", e.siret()).isTrue();
        });
        assertThat(Siret.isLuhnValid("73282932000074")).isTrue(); // a real SIRET
        assertThat(Siret.isLuhnValid("73282932000075")).isFalse();
    }

    @Test
    void recordsAreNewRowsWithVersionZeroAndSeekersCarryTheirEntryIntoTheCaseload() {
        assertThat(full.seekers()).allSatisfy(s -> assertThat(s.version()).isZero());
        java.time.ZoneId zone = fr.tremplin.data.common.DepartementTime.ZONE; // the entry is at a Paris midnight
        assertThat(full.seekers()).allSatisfy(s -> assertThat(s.createdAt()).isBetween(
                TODAY.minusDays(720).atStartOfDay(zone).toInstant(), TODAY.minusDays(30).atStartOfDay(zone).toInstant()));
        assertThat(full.employers()).allSatisfy(e -> assertThat(e.version()).isZero());
        assertThat(full.vacancies()).allSatisfy(v -> assertThat(v.version()).isZero());
    }

    // ---------------------------------------------------------------------------------------- referential codes

    @Test
    void everyCodeOfASeekerExistsInTheReferential() {
        for (JobSeeker s : full.seekers()) {
            assertThat(referential.isCommune(s.communeInsee())).as(s.communeInsee()).isTrue();
            assertThat(s.targetOccupations()).isNotEmpty().allSatisfy(code ->
                    assertThat(referential.isOccupation(code)).as(code).isTrue());
            assertThat(s.experiences()).allSatisfy(e -> assertThat(referential.isOccupation(e.occupation())).isTrue());
            assertThat(s.skills()).allSatisfy(code -> assertThat(referential.isSkill(code)).as(code).isTrue());
        }
    }

    @Test
    void seekerSkillsBelongToTheirTargetOccupations() {
        for (JobSeeker s : full.seekers()) {
            Set<String> allowed = s.targetOccupations().stream()
                    .flatMap(code -> referential.skillsOf(code).stream().map(Skill::code))
                    .collect(Collectors.toSet());
            assertThat(allowed).as("skills of %s", s.targetOccupations()).containsAll(s.skills());
            assertThat(s.skills()).hasSizeBetween(3, 10).doesNotHaveDuplicates();
        }
    }

    @Test
    void vacancySkillsBelongToTheOccupationAndDoNotOverlap() {
        for (Vacancy v : full.vacancies()) {
            assertThat(referential.isOccupation(v.occupation())).isTrue();
            assertThat(referential.isCommune(v.communeInsee())).isTrue();
            Set<String> allowed = referential.skillsOf(v.occupation()).stream().map(Skill::code).collect(Collectors.toSet());
            assertThat(v.requiredSkills()).hasSizeBetween(2, 4);
            assertThat(v.niceToHaveSkills()).hasSizeBetween(1, 3).doesNotContainAnyElementsOf(v.requiredSkills());
            assertThat(allowed).containsAll(v.requiredSkills()).containsAll(v.niceToHaveSkills());
        }
    }

    @Test
    void employersHaveKnownCommunesAndNafCodesFittingTheirSector() {
        for (Employer e : full.employers()) {
            assertThat(referential.isCommune(e.communeInsee())).isTrue();
            assertThat(referential.nafActivity(e.nafCode())).as(e.nafCode()).isPresent();
            if (e.kind() == EmployerKind.COMPANY) {
                String division = e.nafCode().substring(0, 2);
                switch (e.sector()) {
                    case BUILDING -> assertThat(division).isIn("41", "42", "43");
                    case CLEANING -> assertThat(e.nafCode()).startsWith("812");
                    case TRANSPORT -> assertThat(division).isIn("49", "50", "51", "52", "53");
                    case INDUSTRY -> assertThat(Integer.parseInt(division)).isBetween(10, 33);
                    case AGRICULTURE -> assertThat(division.equals("01") || division.equals("02")
                            || division.equals("03") || e.nafCode().equals("8130Z")).isTrue();
                    case OTHER -> { }
                }
            }
        }
        Set<Sector> groupSectors = full.employers().stream().filter(e -> e.kind() == EmployerKind.EMPLOYER_GROUP)
                .map(Employer::sector).collect(Collectors.toSet());
        assertThat(groupSectors).containsExactlyInAnyOrder(Sector.BUILDING, Sector.CLEANING, Sector.INDUSTRY,
                Sector.AGRICULTURE, Sector.TRANSPORT);
    }

    // ---------------------------------------------------------------------------------------- distributions

    @Test
    void mostSeekersReceiveRsaAndThePublicsHaveRealisticShares() {
        assertThat(share(full.seekers(), s -> s.publics().contains("RSA"))).isBetween(0.65, 0.75);
        assertThat(share(full.seekers(), s -> s.publics().contains("YOUTH_UNDER_26"))).isBetween(0.12, 0.18);
        assertThat(share(full.seekers(), s -> s.publics().contains("RQTH"))).isBetween(0.06, 0.11);
        assertThat(share(full.seekers(), s -> s.publics().contains("LONG_TERM_UNEMPLOYED"))).isBetween(0.25, 0.36);
        assertThat(share(full.seekers(), s -> s.publics().contains("SENIOR_50_PLUS"))).isBetween(0.15, 0.30);
        assertThat(share(full.seekers(), s -> s.publics().contains("QPV_RESIDENT"))).isBetween(0.08, 0.16);
        Set<String> known = java.util.Arrays.stream(Public.values()).map(Enum::name).collect(Collectors.toSet());
        assertThat(full.seekers()).allSatisfy(s -> assertThat(known).containsAll(s.publics()));
    }

    @Test
    void agePublicsAreConsistentWithTheBirthDate() {
        for (JobSeeker s : full.seekers()) {
            int age = Period.between(s.birthDate(), TODAY).getYears();
            assertThat(age).isBetween(18, 64);
            assertThat(s.publics().contains("YOUTH_UNDER_26")).as("age %d", age).isEqualTo(age < 26);
            assertThat(s.publics().contains("SENIOR_50_PLUS")).as("age %d", age).isEqualTo(age >= 50);
            double yearsOfWork = s.experiences().stream().mapToDouble(Experience::years).max().orElse(0);
            assertThat(yearsOfWork).isLessThanOrEqualTo(Math.max(0.5, age - 18));
        }
    }

    @Test
    void qpvResidentsLiveInCommunesWithAPriorityNeighbourhood() {
        assertThat(full.seekers().stream().filter(s -> s.publics().contains("QPV_RESIDENT")))
                .allSatisfy(s -> assertThat(Territory.PRIORITY_NEIGHBOURHOOD_COMMUNES).contains(s.communeInsee()));
    }

    @Test
    void seekersAreSpreadOverTheCommunesByPopulationAndOverAllNineUnits() {
        Map<String, Long> byUnit = full.seekers().stream()
                .collect(Collectors.groupingBy(JobSeeker::employmentUnit, Collectors.counting()));
        assertThat(byUnit.keySet()).containsExactlyInAnyOrderElementsOf(DemoDataGenerator.LOIRE_ATLANTIQUE_UNITS.keySet());
        assertThat(byUnit.values()).allSatisfy(n -> assertThat(n).isGreaterThan(500));
        double nantes = share(full.seekers(), s -> s.communeInsee().equals("44109"));
        assertThat(nantes).isBetween(0.19, 0.25); // 327,734 of 1,487,570 inhabitants
        assertThat(full.seekers().stream().map(JobSeeker::communeInsee).distinct().count()).isGreaterThan(180);
        // a Nantes resident is coached by one of the four Nantes units; a Saint-Nazaire one by Saint-Nazaire
        assertThat(full.seekers().stream().filter(s -> s.communeInsee().equals("44109")).map(JobSeeker::employmentUnit)
                .collect(Collectors.toSet())).containsExactlyInAnyOrder("NANTES-NORD", "NANTES-SUD", "NANTES-OUEST", "NANTES-EST");
        assertThat(full.seekers().stream().filter(s -> s.communeInsee().equals("44184")).map(JobSeeker::employmentUnit)
                .collect(Collectors.toSet())).containsExactly("SAINT-NAZAIRE");
    }

    @Test
    void occupationsLeanTowardsTheEmployerGroupSectorsAndFirstJobs() {
        Map<Character, Long> byDomain = full.seekers().stream()
                .collect(Collectors.groupingBy(s -> s.targetOccupations().getFirst().charAt(0), Collectors.counting()));
        // F building, K cleaning and care, N transport and logistics, H industry, A agriculture
        long fiveSectors = byDomain.getOrDefault('F', 0L) + byDomain.getOrDefault('K', 0L) + byDomain.getOrDefault('N', 0L)
                + byDomain.getOrDefault('H', 0L) + byDomain.getOrDefault('A', 0L);
        assertThat(fiveSectors).isGreaterThan(full.seekers().size() * 7L / 10);
        assertThat(full.seekers().stream().map(s -> s.targetOccupations().getFirst()).distinct().count()).isGreaterThan(40);
        assertThat(share(full.seekers(), s -> s.targetOccupations().contains("K2204"))).isGreaterThan(0.05);
    }

    @Test
    void licencesVehiclesAndRadiiAreConsistent() {
        assertThat(share(full.seekers(), s -> s.licences().contains("B"))).isBetween(0.48, 0.62);
        assertThat(full.seekers()).allSatisfy(s -> {
            assertThat(s.mobilityRadiusKm()).isBetween(5, 60);
            if (s.licences().contains("C") || s.licences().contains("CE") || s.licences().contains("D")) {
                assertThat(s.licences()).contains("B");
            }
            if (s.licences().contains("CE")) {
                assertThat(s.licences()).contains("C");
            }
        });
        double vehicleWithB = share(full.seekers().stream().filter(s -> s.licences().contains("B")).toList(), JobSeeker::hasVehicle);
        double vehicleWithoutB = share(full.seekers().stream().filter(s -> !s.licences().contains("B")).toList(), JobSeeker::hasVehicle);
        assertThat(vehicleWithB).isGreaterThan(0.6);
        assertThat(vehicleWithoutB).isLessThan(0.05);
        List<JobSeeker> truckDrivers = full.seekers().stream().filter(s -> s.targetOccupations().getFirst().equals("N4101")).toList();
        assertThat(share(truckDrivers, s -> s.licences().contains("C"))).isGreaterThan(0.7);
    }

    @Test
    void statusConsentAvailabilityAndDiplomasLookRealistic() {
        assertThat(share(full.seekers(), s -> s.status() == SeekerStatus.ACTIVE)).isBetween(0.85, 0.91);
        assertThat(share(full.seekers(), JobSeeker::consentToShare)).isBetween(0.87, 0.93);
        assertThat(full.seekers()).allSatisfy(s -> {
            assertThat(s.availableFrom()).isNotNull().isBeforeOrEqualTo(TODAY.plusDays(60));
            if (s.diplomaLevel() != null) {
                assertThat(s.diplomaLevel()).isBetween(3, 6);
            }
            assertThat(s.summary()).isNotBlank();
            if (s.email() != null) {
                assertThat(s.email()).matches("[a-z0-9.-]+@example\\.org");
            }
            if (s.phone() != null) {
                assertThat(s.phone()).matches("063998\\d{4}");
            }
        });
        assertThat(share(full.seekers(), s -> s.availableFrom().isBefore(TODAY))).isBetween(0.2, 0.4);
    }

    @Test
    void openVacanciesStartInTheNext90DaysWithPlausibleContracts() {
        Map<String, Employer> employers = full.employers().stream().collect(Collectors.toMap(Employer::id, e -> e));
        for (Vacancy v : full.vacancies()) {
            Employer employer = employers.get(v.employerId());
            assertThat(employer).isNotNull();
            assertThat(v.hoursPerWeek()).isBetween(20, 39);
            assertThat(v.title()).endsWith(" (H/F)");
            assertThat(v.description()).contains(employer.name());
            if (v.status() == VacancyStatus.OPEN) {
                assertThat(v.startDate()).isAfterOrEqualTo(TODAY).isBeforeOrEqualTo(TODAY.plusDays(90));
            }
            switch (employer.kind()) {
                case EMPLOYER_GROUP -> assertThat(v.contractType()).isIn(ContractType.PROFESSIONALISATION, ContractType.APPRENTICESHIP);
                case SIAE -> assertThat(v.contractType()).isIn(ContractType.IAE, ContractType.PEC);
                case PUBLIC_BUYER -> assertThat(v.contractType()).isIn(ContractType.PEC, ContractType.CDD);
                case COMPANY -> assertThat(v.contractType()).isNotIn(ContractType.IAE, ContractType.PEC);
            }
            if (v.occupation().equals("N4101")) {
                assertThat(v.requiredLicences()).containsAnyOf("C", "CE");
            }
        }
    }

    @Test
    void aboutFifteenPercentOfVacanciesCarryAnInsertionClause() {
        double withClause = share(full.vacancies(), v -> v.insertionContractRef() != null);
        assertThat(withClause).isBetween(0.10, 0.20);
        assertThat(full.vacancies().stream().filter(v -> v.insertionContractRef() != null)).allSatisfy(v -> {
            assertThat(v.insertionContractRef()).matches("MP-20(25|26)-\\d{3}");
            assertThat(v.insertionHours()).isBetween(70, 700);
        });
        assertThat(full.vacancies().stream().filter(v -> v.insertionContractRef() == null))
                .allSatisfy(v -> assertThat(v.insertionHours()).isNull());
    }

    @Test
    void theDemoAccountsEmployersExistAndHaveVacancies() {
        Employer group = full.employers().stream().filter(e -> e.id().equals(full.demoGroupId())).findFirst().orElseThrow();
        Employer company = full.employers().stream().filter(e -> e.id().equals(full.demoCompanyId())).findFirst().orElseThrow();
        assertThat(group.kind()).isEqualTo(EmployerKind.EMPLOYER_GROUP);
        assertThat(group.name()).isEqualTo("GEIQ BTP 44");
        assertThat(company.kind()).isEqualTo(EmployerKind.COMPANY);
        assertThat(count(full.vacancies(), v -> v.employerId().equals(company.id()))).isGreaterThanOrEqualTo(3);
        assertThat(count(full.vacancies(), v -> v.employerId().equals(group.id()))).isGreaterThanOrEqualTo(6);
        assertThat(generator(DemoDataGenerator.DEFAULT_SEED).accountEmployers()).containsExactly(group, company);
    }

    @Test
    void frenchTitlesAreGendered() {
        assertThat(FrenchText.gendered("Chauffeur / Chauffeuse de machines agricoles")).hasValueSatisfying(t -> {
            assertThat(t.masculine()).isEqualTo("Chauffeur de machines agricoles");
            assertThat(t.feminine()).isEqualTo("Chauffeuse de machines agricoles");
        });
        assertThat(FrenchText.gendered("Aide-maçon / Aide-maçonne")).hasValueSatisfying(t ->
                assertThat(t.feminine()).isEqualTo("Aide-maçonne"));
        assertThat(FrenchText.gendered("Aide ménager / ménagère à domicile")).hasValueSatisfying(t -> {
            assertThat(t.masculine()).isEqualTo("Aide ménager à domicile");
            assertThat(t.feminine()).isEqualTo("Aide ménagère à domicile");
        });
        assertThat(FrenchText.gendered("Valet / Femme de chambre")).hasValueSatisfying(t -> {
            assertThat(t.masculine()).isEqualTo("Valet de chambre");
            assertThat(t.feminine()).isEqualTo("Femme de chambre");
        });
        assertThat(FrenchText.gendered("Electricien / Electricienne du bâtiment")).hasValueSatisfying(t ->
                assertThat(t.feminine()).isEqualTo("Électricienne du bâtiment"));
        assertThat(FrenchText.gendered("Agent / Agente / Agent(e)")).isEmpty();
        assertThat(FrenchText.lowerFirst("Etablir un devis")).isEqualTo("établir un devis");
        assertThat(FrenchText.lowerFirst("Entretenir des locaux")).isEqualTo("entretenir des locaux");
        assertThat(FrenchText.lowerFirst("CACES R489")).isEqualTo("CACES R489");
        assertThat(FrenchText.ofPlace("Orvault")).isEqualTo("d'Orvault");
        assertThat(FrenchText.ofPlace("Le Pellerin")).isEqualTo("du Pellerin");
        assertThat(FrenchText.slug("Élodie Le Goff")).isEqualTo("elodie-le-goff");
    }

    // ---------------------------------------------------------------------------------------- helpers

    private static <T> long count(List<T> items, Predicate<T> p) {
        return items.stream().filter(p).count();
    }

    private static long countWhere(int n, java.util.function.IntPredicate p) {
        return java.util.stream.IntStream.range(0, n).filter(p).count();
    }

    private static <T> double share(List<T> items, Predicate<T> p) {
        return (double) count(items, p) / items.size();
    }

    private static <T> void assertUnique(List<T> items, Function<T, String> key) {
        Set<String> seen = new HashSet<>();
        List<String> duplicates = items.stream().map(key).filter(k -> !seen.add(k)).limit(5).toList();
        assertThat(duplicates).as("duplicates").isEmpty();
    }
}
