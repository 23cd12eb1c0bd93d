package fr.tremplin.core.ranking;

import fr.tremplin.core.employer.EmployerKind;
import fr.tremplin.core.index.SeekerIndexView;
import fr.tremplin.core.index.SeekerViewFixture;
import fr.tremplin.core.index.VacancyIndexView;
import fr.tremplin.core.index.VacancyViewFixture;
import fr.tremplin.core.referential.Commune;
import fr.tremplin.core.referential.Referential;
import fr.tremplin.core.referential.Skill;
import fr.tremplin.core.seeker.Programme;
import fr.tremplin.core.seeker.Public;
import fr.tremplin.core.seeker.SeekerStatus;
import fr.tremplin.core.testing.TestReferential;
import fr.tremplin.core.vacancy.ContractType;
import fr.tremplin.core.vacancy.VacancyStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static fr.tremplin.core.index.SeekerViewFixture.aSeeker;
import static fr.tremplin.core.index.VacancyViewFixture.aVacancy;

/**
 * Random people and vacancies around a cluster of related occupations, for property-style tests: every value
 * a hard filter looks at varies, including the borderline ones.
 */
final class RandomPools {

    /** Building trades with mobilities between them, plus cleaning, logistics, care and catering. */
    static final List<String> OCCUPATIONS = List.of("F1703", "F1701", "F1611", "F1704", "F1608", "F1602", "A1203",
            "K2204", "K2202", "N1103", "N4101", "N1105", "J1501", "K1302", "G1603", "G1602");
    static final List<String> LICENCES = List.of("B", "C", "CE", "D", "CACES_R489_3");
    static final List<String> UNITS = List.of("UNIT-A", "UNIT-B", "UNIT-C");

    /** The occupations of the demo data's trades (building, cleaning, logistics, agriculture, industry, care,
     *  catering, retail, services). */
    static final List<String> DEMO_OCCUPATIONS = List.of("K2204", "K2202", "K2303", "F1703", "F1704", "F1604",
            "F1606", "F1701", "F1702", "F1608", "F1610", "F1602", "F1603", "F1613", "I1203", "N1103", "N1101", "N1105",
            "N4101", "N4105", "N4103", "N1102", "A1401", "A1414", "A1203", "A1416", "A1405", "A1101", "H3302", "H2909",
            "H3301", "H2102", "H2913", "H2101", "H3203", "H3404", "K2304", "H2903", "H2911", "K1302", "K1304", "J1501",
            "K1303", "J1301", "G1603", "G1602", "G1605", "G1803", "G1501", "D1507", "D1505", "D1106", "K2503", "M1602",
            "M1601", "I1604");

    private final Referential referential = TestReferential.get();
    private final List<Commune> communes = List.copyOf(referential.communes());
    private final SplittableRandom random;
    private final List<String> occupations;

    RandomPools(long seed) {
        this(seed, OCCUPATIONS);
    }

    RandomPools(long seed, List<String> occupations) {
        this.random = new SplittableRandom(seed);
        this.occupations = List.copyOf(occupations);
    }

    List<SeekerIndexView> seekers(int count) {
        List<SeekerIndexView> seekers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            seekers.add(seeker(String.format("s%05d", i)));
        }
        return seekers;
    }

    List<VacancyIndexView> vacancies(int count) {
        List<VacancyIndexView> vacancies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            vacancies.add(vacancy(String.format("v%05d", i)));
        }
        return vacancies;
    }

    SeekerIndexView seeker(String id) {
        String occupation = pick(occupations);
        SeekerViewFixture s = aSeeker(id).in(pick(communes).insee()).radius(random.nextInt(0, 61))
                .targeting(occupation).followedBy(pick(UNITS))
                .availableFrom(TestIndex.TODAY.plusDays(random.nextInt(-60, 120)))
                .diploma(random.nextInt(0, 7)).bornIn(random.nextInt(1960, 2008));
        double status = random.nextDouble();
        s.status(status < 0.75 ? SeekerStatus.ACTIVE : status < 0.85 ? SeekerStatus.PAUSED
                : status < 0.95 ? SeekerStatus.PLACED : SeekerStatus.EXITED);
        if (random.nextDouble() < 0.12) {
            s.withoutConsent();
        }
        if (random.nextDouble() < 0.3) {
            s.targeting(pick(occupations));
        }
        if (random.nextDouble() < 0.6) {
            s.experienced(random.nextDouble() < 0.7 ? occupation : pick(occupations), random.nextInt(1, 120));
        }
        for (String licence : LICENCES) {
            if (random.nextDouble() < (licence.equals("B") ? 0.6 : 0.15)) {
                s.withLicence(licence);
            }
        }
        List<Skill> skills = referential.skillsOf(occupation);
        for (int k = random.nextInt(0, 9); k > 0; k--) {
            s.withSkill(pick(skills.subList(0, Math.min(15, skills.size()))).code());
        }
        if (random.nextDouble() < 0.2) {
            s.withSkill(pick(referential.skillsOf(pick(occupations))).code());
        }
        for (Programme programme : Programme.values()) {
            if (random.nextDouble() < 0.5) {
                s.eligibleTo(programme, programme.name() + "_TEST", "Règle de test : éligible");
            }
        }
        for (Public p : Public.values()) {
            if (random.nextDouble() < 0.25) {
                s.with(p);
            }
        }
        if (random.nextDouble() < 0.7) {
            s.waitingSince(TestIndex.TODAY.minusDays(random.nextInt(0, 700)));
        }
        if (random.nextDouble() < 0.5) {
            s.summary("Profil " + referential.occupation(occupation).orElseThrow().label());
        }
        return s.build();
    }

    VacancyIndexView vacancy(String id) {
        String occupation = pick(occupations);
        ContractType contract = pick(List.of(ContractType.values()));
        VacancyViewFixture v = aVacancy(id).occupation(occupation).in(pick(communes).insee())
                .titled(referential.occupation(occupation).orElseThrow().label() + " (H/F)")
                .described(random.nextDouble() < 0.5 ? "" : "Poste de " + pick(referential.skillsOf(occupation)).label())
                .contract(contract, random.nextInt(10, 40))
                .by("EMP-" + random.nextInt(5), pick(List.of(EmployerKind.values())))
                .starting(TestIndex.TODAY.plusDays(random.nextInt(-20, 90)))
                .positions(random.nextInt(1, 4))
                .minDiploma(random.nextDouble() < 0.2 ? random.nextInt(3, 6) : 0);
        double status = random.nextDouble();
        v.status(status < 0.8 ? VacancyStatus.OPEN : status < 0.9 ? VacancyStatus.FILLED : VacancyStatus.CLOSED);
        List<Skill> skills = referential.skillsOf(occupation);
        for (int k = random.nextInt(0, 5); k > 0; k--) {
            v.requiring(pick(skills.subList(0, Math.min(15, skills.size()))).code());
        }
        for (int k = random.nextInt(0, 3); k > 0; k--) {
            v.preferring(pick(skills).code());
        }
        if (random.nextDouble() < 0.4) {
            v.requiringLicence(pick(LICENCES));
        }
        if (random.nextDouble() < 0.25) {
            v.insertionClause(random.nextInt(35, 500));
        }
        if (random.nextDouble() < 0.3) {
            v.withinKm(random.nextInt(5, 40));
        }
        return v.build();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
