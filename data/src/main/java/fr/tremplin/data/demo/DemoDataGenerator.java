package fr.tremplin.data.demo;

import fr.tremplin.core.employer.EmployerKind;
import fr.tremplin.core.referential.Referential;
import fr.tremplin.core.vacancy.VacancyStatus;
import fr.tremplin.data.employer.Employer;
import fr.tremplin.data.seeker.JobSeeker;
import fr.tremplin.data.vacancy.Vacancy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates the demo data set of the default run: job seekers, employers and vacancies of a Loire-Atlantique
 * insertion service, realistic enough to demonstrate the matching. Pure Java (no database, no Micronaut).
 *
 * <p>Deterministic: the same referential, units, seed, reference date and sizes give the same records, ids
 * included (name-based UUIDs of "tremplin-demo/seeker/123" etc.). Each job seeker and vacancy is drawn from
 * its own generator, so number 123 does not change when the sizes do. Dates are relative to the reference
 * date (the day of the first start): vacancies start within 90 days of it, people are available within 60.
 */
public final class DemoDataGenerator {

    /** The default seed (the département's number). */
    public static final long DEFAULT_SEED = 44;

    /** The nine employment units of migration V2 (code → INSEE code of their commune), for tests and tools. */
    public static final Map<String, String> LOIRE_ATLANTIQUE_UNITS = units(
            "NANTES-NORD", "44114", "NANTES-SUD", "44143", "NANTES-OUEST", "44162", "NANTES-EST", "44026",
            "SAINT-NAZAIRE", "44184", "PRESQU-ILE", "44069", "CHATEAUBRIANT", "44036", "ANCENIS", "44003",
            "PAYS-DE-RETZ", "44131");

    /** Public contracts with an insertion clause, shared by the vacancies that carry one. */
    static final int PUBLIC_CONTRACTS = 30;
    /** FILLED or CLOSED vacancies generated for every this many OPEN ones. */
    static final int OPEN_PER_CLOSED = 20;

    private final Referential referential;
    private final long seed;
    private final LocalDate today;
    private final Territory territory;
    private final DemoOccupations occupations;

    /**
     * @param unitCommunes employment unit code → INSEE code of its commune (the job seekers' units)
     * @param today        the reference date: dates are drawn around it
     */
    public DemoDataGenerator(Referential referential, Map<String, String> unitCommunes, long seed, LocalDate today) {
        this.referential = Objects.requireNonNull(referential, "referential");
        this.seed = seed;
        this.today = Objects.requireNonNull(today, "today");
        this.territory = new Territory(referential, unitCommunes);
        this.occupations = new DemoOccupations(referential, seed);
    }

    /** The whole data set. */
    public DemoData generate(DemoDataSize size) {
        List<DemoEmployer> employers = new EmployerGenerator(referential, territory, seed).generate(size.companies());
        List<PublicContract> contracts = publicContracts(employers);

        SeekerGenerator seekerGenerator = new SeekerGenerator(territory, occupations, seed, today);
        List<JobSeeker> seekers = new ArrayList<>(size.seekers());
        for (int i = 0; i < size.seekers(); i++) {
            seekers.add(seekerGenerator.generate(i));
        }

        VacancyGenerator vacancyGenerator = new VacancyGenerator(territory, occupations, seed, today, employers, contracts);
        int closed = size.vacancies() / OPEN_PER_CLOSED;
        List<Vacancy> vacancies = new ArrayList<>(size.vacancies() + closed);
        for (int i = 0; i < size.vacancies() + closed; i++) {
            VacancyStatus status = i < size.vacancies() ? VacancyStatus.OPEN
                    : DemoRandom.chance(DemoRandom.of(seed, "vacancy-status", i), 0.6) ? VacancyStatus.FILLED
                    : VacancyStatus.CLOSED;
            vacancies.add(vacancyGenerator.generate(i, status));
        }
        return new DemoData(employers.stream().map(DemoEmployer::employer).toList(), seekers, vacancies,
                demoCompanyId(), demoGroupId());
    }

    /**
     * The two employers the demo accounts are attached to (the GEIQ of {@code geiq}, then the company of
     * {@code entreprise}), identical to those of {@link #generate}: enough for the accounts-only mode.
     */
    public List<Employer> accountEmployers() {
        List<DemoEmployer> employers = new EmployerGenerator(referential, territory, seed).generate(1);
        return List.of(employers.getFirst().employer(), employers.getLast().employer());
    }

    /** The id of the company of the demo account {@code entreprise}. */
    public static String demoCompanyId() {
        return EmployerGenerator.demoCompanyId();
    }

    /** The id of the employer group (GEIQ) of the demo account {@code geiq}. */
    public static String demoGroupId() {
        return EmployerGenerator.demoGroupId();
    }

    /** The id of demo job seeker {@code index} (0-based). */
    public static String seekerId(int index) {
        return SeekerGenerator.seekerId(index);
    }

    /** The id of demo vacancy {@code index} (0-based). */
    public static String vacancyId(int index) {
        return VacancyGenerator.vacancyId(index);
    }

    /** The id of demo employer {@code ordinal} (groups, SIAE and public buyers first, then companies). */
    public static String employerId(int ordinal) {
        return EmployerGenerator.employerId(ordinal);
    }

    /** MP-2026-017 style references, unique, of contracts awarded this year or last year by the public buyers. */
    private List<PublicContract> publicContracts(List<DemoEmployer> employers) {
        List<DemoEmployer> buyers = employers.stream()
                .filter(e -> e.employer().kind() == EmployerKind.PUBLIC_BUYER).toList();
        List<PublicContract> contracts = new ArrayList<>(PUBLIC_CONTRACTS);
        Set<String> refs = new LinkedHashSet<>();
        SplittableRandom r = DemoRandom.of(seed, "public-contracts", 0);
        while (contracts.size() < PUBLIC_CONTRACTS && !buyers.isEmpty()) {
            int year = today.getYear() - (DemoRandom.chance(r, 0.4) ? 1 : 0);
            String ref = String.format("MP-%d-%03d", year, DemoRandom.between(r, 1, 250));
            if (refs.add(ref)) {
                contracts.add(new PublicContract(ref, DemoRandom.oneOf(r, buyers)));
            }
        }
        return contracts;
    }

    private static Map<String, String> units(String... codeThenInsee) {
        Map<String, String> units = new LinkedHashMap<>();
        for (int i = 0; i < codeThenInsee.length; i += 2) {
            units.put(codeThenInsee[i], codeThenInsee[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(units);
    }
}
