package fr.tremplin.bench.sql;

import fr.tremplin.bench.sql.CandidateStatement.Drive;
import fr.tremplin.core.employer.EmployerKind;
import fr.tremplin.core.index.GeoPoint;
import fr.tremplin.core.index.SeekerIndexView;
import fr.tremplin.core.index.VacancyIndexView;
import fr.tremplin.core.ranking.CandidateHit;
import fr.tremplin.core.ranking.CandidateQuery;
import fr.tremplin.core.ranking.MatchPolicy;
import fr.tremplin.core.ranking.PageRequest;
import fr.tremplin.core.ranking.RankedPage;
import fr.tremplin.core.ranking.Ranking;
import fr.tremplin.core.referential.Commune;
import fr.tremplin.core.referential.GeoDistance;
import fr.tremplin.core.referential.Mobility;
import fr.tremplin.core.referential.MobilityKind;
import fr.tremplin.core.referential.Occupation;
import fr.tremplin.core.referential.Referential;
import fr.tremplin.core.referential.Skill;
import fr.tremplin.core.seeker.Programme;
import fr.tremplin.core.seeker.SeekerStatus;
import fr.tremplin.core.seeker.WorkingTime;
import fr.tremplin.core.vacancy.ContractType;
import fr.tremplin.core.vacancy.VacancyStatus;
import fr.tremplin.data.index.ProposalDates;
import fr.tremplin.data.index.SeekerSource;
import fr.tremplin.data.seeker.Experience;
import fr.tremplin.data.seeker.JobSeeker;
import fr.tremplin.data.seeker.JobSeekerService;
import fr.tremplin.indexer.IndexService;
import fr.tremplin.indexer.mapping.IndexDocuments;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The SQL baseline on the shared test MariaDB: people built so that the expected outcome is known, then the
 * baseline's tables prepared from every job_seeker row (other tests' people included: the assertions look at this
 * test's people only, or re-check every hit from its database row). No timing is asserted.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqlBaselineTest {

    private static final String WORKPLACE = "44109"; // Nantes
    private static final String OCCUPATION = "F1703"; // Maçonnerie
    private static final String UNIT = "NANTES-NORD";

    @Inject
    DataSource dataSource;
    @Inject
    Referential referential;
    @Inject
    MatchPolicy policy;
    @Inject
    IndexDocuments documents;
    @Inject
    Clock clock;
    @Inject
    JobSeekerService seekers;
    @Inject
    SeekerSource seekerRows;
    @Inject
    ProposalDates proposals;
    @Inject
    IndexService index;
    @Inject
    Ranking ranking;

    private SqlBaseline baseline;
    private SetupReport report;
    private long lastProgress;
    private LocalDate today;
    private String farCommune;
    private List<String> mustSkills;
    private String niceSkill;
    /** Role → person id, for this test's people. */
    private final Map<String, String> people = new LinkedHashMap<>();

    @BeforeAll
    void createPeopleAndPrepare() {
        assertThat(index.awaitReady(Duration.ofSeconds(120))).isTrue();
        today = LocalDate.now(clock);
        farCommune = referential.communes().stream()
                .filter(c -> between(referential.distanceKm(WORKPLACE, c.insee()), 15, 25))
                .map(Commune::insee).sorted().findFirst().orElseThrow();
        List<String> specific = referential.skillsOf(OCCUPATION).stream().map(Skill::code)
                .filter(code -> referential.occupationCountOf(code) <= policy.commonSkillOccupations()).sorted().toList();
        assertThat(specific).hasSizeGreaterThanOrEqualTo(3);
        mustSkills = specific.subList(0, 2);
        niceSkill = specific.get(2);
        String unrelated = unrelatedOccupation();
        String sameDomain = sameDomainOnly();
        LocalDate lateStart = today.plusDays(30 + policy.availabilityGraceDays() + 10);

        person("near", draft(WORKPLACE, 30).skills(mustSkills).experience(OCCUPATION, 4));
        person("nearNoSkills", draft(WORKPLACE, 30));
        person("far", draft(farCommune, 30).skills(mustSkills).experience(OCCUPATION, 4));
        person("outOfRadius", draft(farCommune, 10).skills(mustSkills));
        person("noConsent", draft(WORKPLACE, 30).consent(false));
        person("paused", draft(WORKPLACE, 30).status(SeekerStatus.PAUSED));
        person("noLicence", draft(WORKPLACE, 30).licences());
        person("higherLicence", draft(WORKPLACE, 30).licences("CE"));
        person("late", draft(WORKPLACE, 30).availableFrom(lateStart));
        person("unrelated", draft(WORKPLACE, 30).targets(unrelated));
        person("skillOnly", draft(WORKPLACE, 30).targets(unrelated).skills(List.of(mustSkills.getFirst())));
        person("domainOnly", draft(WORKPLACE, 30).targets(sameDomain));
        person("rsa", draft(WORKPLACE, 30).publics("RSA").diploma(3));
        person("rsaFar", draft(farCommune, 30).publics("RSA").diploma(2));

        baseline = new SqlBaseline(dataSource, referential, policy, documents, clock);
        AtomicLong progress = new AtomicLong();
        report = baseline.prepare(progress::set);
        lastProgress = progress.get();
    }

    @AfterAll
    void cleanUp() {
        if (baseline != null) {
            baseline.dropTables();
        }
        people.values().forEach(seekers::delete);
    }

    @Test
    void prepareWritesEveryMappablePerson() {
        assertThat(report.people()).isGreaterThanOrEqualTo(people.size());
        assertThat(lastProgress).isEqualTo(report.people() + report.skipped());
        assertThat(report.occupationRows()).isGreaterThanOrEqualTo(report.people());
        assertThat(report.skillRows()).isGreaterThanOrEqualTo(2L * 2 + 1);
        assertThat(report.licenceRows()).isGreaterThanOrEqualTo(people.size() - 1);
    }

    @Test
    void hardFiltersAndRetrievalOnConstructedPeople() {
        List<SqlHit> hits = baseline.candidates(vacancy("cdi").build(), 10_000);
        List<String> mine = mine(hits);
        assertThat(mine).contains(id("near"), id("nearNoSkills"), id("far"), id("higherLicence"), id("skillOnly"),
                id("domainOnly"), id("rsa"), id("rsaFar"));
        assertThat(mine).doesNotContain(id("outOfRadius"), id("noConsent"), id("paused"), id("noLicence"), id("late"),
                id("unrelated"));
        assertThat(mine.indexOf(id("near"))).as("same occupation and skills: near before far")
                .isLessThan(mine.indexOf(id("far")));
        assertThat(mine.indexOf(id("nearNoSkills"))).as("the skills count").isGreaterThan(mine.indexOf(id("near")));
        assertThat(mine.indexOf(id("domainOnly"))).as("same domain ranks below the same occupation")
                .isGreaterThan(mine.indexOf(id("nearNoSkills")));
        assertOrdered(hits);
    }

    @Test
    void employerLimitAndProgrammes() {
        List<String> limited = mine(baseline.candidates(vacancy("limited").maxDistanceKm(10).build(), 10_000));
        assertThat(limited).contains(id("near")).doesNotContain(id("far"), id("rsaFar"));

        List<String> pec = mine(baseline.candidates(vacancy("pec").contract(ContractType.PEC).build(), 10_000));
        assertThat(eligible(id("rsa"), Programme.PEC)).isTrue();
        assertThat(eligible(id("near"), Programme.PEC)).isFalse();
        assertThat(pec).contains(id("rsa"), id("rsaFar")).doesNotContain(id("near"), id("far"));
    }

    @Test
    void everyHitPassesTheHardFiltersReCheckedFromItsView() {
        List<VacancyIndexView> vacancies = List.of(
                vacancy("recheck-cdi").build(),
                vacancy("recheck-clause").contract(ContractType.CDD).clause().minDiploma(3).maxDistanceKm(20).build(),
                vacancy("recheck-pec").contract(ContractType.PEC).commune(farCommune).licences("C").build(),
                vacancy("recheck-other").occupation(unrelatedOccupation()).licences().skills(List.of(), List.of()).build());
        int checked = 0;
        for (VacancyIndexView vacancy : vacancies) {
            List<SqlHit> hits = baseline.candidates(vacancy, 200);
            assertOrdered(hits);
            if (hits.isEmpty()) {
                continue;
            }
            Map<String, JobSeeker> rows = seekerRows.findByIdIn(hits.stream().map(SqlHit::seekerId).toList()).stream()
                    .collect(Collectors.toMap(JobSeeker::id, r -> r));
            Map<String, Instant> last = proposals.lastProposalOf(rows.keySet());
            for (SqlHit hit : hits) {
                JobSeeker row = rows.get(hit.seekerId());
                assertThat(row).as("hit %s is a job seeker", hit.seekerId()).isNotNull();
                assertPasses(vacancy, documents.seekerView(row, last.get(row.id())));
                checked++;
            }
        }
        assertThat(checked).as("the constructed people give hits to check").isGreaterThanOrEqualTo(8);
    }

    @Test
    void withoutTextTheLuceneRankingGivesTheSameOrderAndScores() {
        index.syncNow(Duration.ofSeconds(30));
        Map<VacancyIndexView, Integer> vacancies = Map.of(
                vacancy("notext").title("Zzqxwv").build(), 8,
                vacancy("notext-clause").title("Zzqxwv").contract(ContractType.CDD).clause().minDiploma(3).build(), 2);
        for (Map.Entry<VacancyIndexView, Integer> entry : vacancies.entrySet()) {
            VacancyIndexView vacancy = entry.getKey();
            List<SqlHit> sql = baseline.candidates(vacancy, 10_000).stream()
                    .filter(h -> people.containsValue(h.seekerId())).toList();
            List<CandidateHit> lucene = luceneHitsOfMine(vacancy, sql.size());
            assertThat(lucene.stream().map(CandidateHit::seekerId).toList()).as("vacancy %s", vacancy.id())
                    .isEqualTo(sql.stream().map(SqlHit::seekerId).toList());
            for (int i = 0; i < sql.size(); i++) {
                assertThat(sql.get(i).score()).as("score of %s", sql.get(i).seekerId())
                        .isCloseTo(lucene.get(i).score(), within(1e-6));
            }
            assertThat(sql).as("vacancy %s", vacancy.id()).hasSizeGreaterThanOrEqualTo(entry.getValue());
        }
    }

    @Test
    void bothStartsGiveTheSameRows() {
        for (VacancyIndexView vacancy : List.of(vacancy("drive-cdi").build(),
                vacancy("drive-clause").contract(ContractType.CDD).clause().minDiploma(3).maxDistanceKm(20).build(),
                vacancy("drive-other").occupation(unrelatedOccupation()).licences().skills(List.of(), List.of()).build())) {
            List<SqlHit> fromBox = baseline.candidates(vacancy, 10_000, Drive.BOX);
            assertThat(baseline.candidates(vacancy, 10_000, Drive.RETRIEVAL)).as("vacancy %s", vacancy.id())
                    .isEqualTo(fromBox);
            assertThat(baseline.candidates(vacancy, 10_000)).isEqualTo(fromBox);
            assertThat(fromBox).isNotEmpty();
        }
    }

    @Test
    void unknownOccupationAndBadLimitAreRefused() {
        assertThatThrownBy(() -> baseline.candidates(vacancy("unknown").occupation("Z9999").build(), 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Z9999");
        assertThatThrownBy(() -> baseline.candidates(vacancy("zero").build(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDocumentedSqlBindsEveryValue() {
        String sql = SqlBaseline.candidatesSql();
        assertThat(sql).contains("bench_sql_person", "EXISTS", "ORDER BY score DESC, id", "LIMIT ?")
                .doesNotContain("F1703", "F17", "121482", "47.2", "2026");
        assertThat(sql.replace("o.kind = 'E'", "")).as("no string literal but the row kind").doesNotContain("'");
        assertThat(SqlBaseline.schemaSql()).anyMatch(ddl -> ddl.startsWith("CREATE TABLE bench_sql_occupation"));
    }

    // --- the re-check, written again from docs/ranking.md on purpose

    private void assertPasses(VacancyIndexView vacancy, SeekerIndexView person) {
        String who = person.id() + " for " + vacancy.id();
        assertThat(person.status()).as("active: %s", who).isEqualTo(SeekerStatus.ACTIVE);
        assertThat(person.consent()).as("consent: %s", who).isTrue();
        Commune home = referential.commune(person.communeInsee()).orElseThrow();
        Commune work = referential.commune(vacancy.communeInsee()).orElseThrow();
        GeoPoint from = person.home() != null ? person.home() : new GeoPoint(home.lat(), home.lon());
        double km = GeoDistance.km(from.lat(), from.lon(), work.lat(), work.lon());
        double limit = vacancy.maxDistanceKm() > 0 ? Math.min(vacancy.maxDistanceKm(), person.radiusKm()) : person.radiusKm();
        assertThat(km).as("within reach: %s", who).isLessThanOrEqualTo(limit + 0.01);
        for (String required : vacancy.requiredLicences()) {
            assertThat(person.licences().stream().anyMatch(held -> covers(held, required)))
                    .as("licence %s: %s", required, who).isTrue();
        }
        LocalDate start = vacancy.startDate().isBefore(today) ? today : vacancy.startDate();
        assertThat(person.availableFrom()).as("available in time: %s", who)
                .isBeforeOrEqualTo(start.plusDays(policy.availabilityGraceDays()));
        assertThat(person.programmes()).as("programmes: %s", who).containsAll(needs(vacancy));
        assertThat(sharesSomething(vacancy, person)).as("shares an occupation or a specific skill: %s", who).isTrue();
    }

    /** French driving licences: a higher category includes the lower ones (docs/ranking.md). */
    private static boolean covers(String held, String required) {
        Map<String, Set<String>> includes = Map.of(
                "CE", Set.of("C", "C1", "C1E", "B", "BE"), "C", Set.of("C1", "B"), "C1E", Set.of("C1", "B", "BE"),
                "C1", Set.of("B"), "DE", Set.of("D", "D1", "D1E", "B", "BE"), "D", Set.of("D1", "B"),
                "D1E", Set.of("D1", "B", "BE"), "D1", Set.of("B"), "BE", Set.of("B"), "A", Set.of("A1", "A2"));
        return held.equals(required) || includes.getOrDefault(held, Set.of()).contains(required)
                || (held.equals("A2") && required.equals("A1"));
    }

    private static Set<Programme> needs(VacancyIndexView vacancy) {
        Set<Programme> needs = EnumSet.noneOf(Programme.class);
        switch (vacancy.contractType()) {
            case PEC -> needs.add(Programme.PEC);
            case IAE -> needs.add(Programme.IAE);
            case APPRENTICESHIP -> needs.add(Programme.APPRENTICESHIP);
            case PROFESSIONALISATION -> {
                if (vacancy.employerKind() == EmployerKind.EMPLOYER_GROUP) {
                    needs.add(Programme.GEIQ);
                }
            }
            default -> { }
        }
        if (vacancy.insertionClause()) {
            needs.add(Programme.INSERTION_CLAUSE);
        }
        return needs;
    }

    private boolean sharesSomething(VacancyIndexView vacancy, SeekerIndexView person) {
        Set<String> held = new HashSet<>(person.targetOccupations());
        person.experiences().forEach(e -> held.add(e.occupationCode()));
        String v = vacancy.occupationCode();
        Set<String> related = new HashSet<>(Set.of(v));
        referential.mobilitiesTo(v).forEach(m -> related.add(m.sourceCode()));
        referential.mobilitiesFrom(v).stream().filter(m -> m.kind() == MobilityKind.CLOSE)
                .forEach(m -> related.add(m.targetCode()));
        String domain = v.substring(0, 3);
        if (held.stream().anyMatch(code -> related.contains(code) || code.startsWith(domain))) {
            return true;
        }
        Set<String> skills = new HashSet<>(vacancy.requiredSkills());
        skills.addAll(vacancy.niceSkills());
        return skills.stream().anyMatch(code -> person.skills().contains(code)
                && referential.occupationCountOf(code) <= policy.commonSkillOccupations());
    }

    // --- helpers

    private List<CandidateHit> luceneHitsOfMine(VacancyIndexView vacancy, int expected) {
        List<CandidateHit> mine = new ArrayList<>();
        for (int page = 0; page * PageRequest.MAX_SIZE < PageRequest.MAX_DEPTH && mine.size() < expected; page++) {
            int p = page;
            RankedPage<CandidateHit> ranked = index.withSeekerSearcher(searcher -> ranking.candidates(searcher,
                    CandidateQuery.of(vacancy).page(PageRequest.of(p, PageRequest.MAX_SIZE))));
            ranked.hits().stream().filter(h -> people.containsValue(h.seekerId())).forEach(mine::add);
            if (ranked.hits().size() < PageRequest.MAX_SIZE) {
                break;
            }
        }
        return mine;
    }

    private static void assertOrdered(List<SqlHit> hits) {
        assertThat(hits).allSatisfy(h -> assertThat(h.score()).isBetween(0.0, 1.0 + 1e-9));
        assertThat(hits).isSortedAccordingTo(Comparator.comparingDouble((SqlHit h) -> -h.score())
                .thenComparing(SqlHit::seekerId));
    }

    private boolean eligible(String id, Programme programme) {
        JobSeeker row = seekers.get(id);
        return documents.seekerView(row, null).programmes().contains(programme);
    }

    private List<String> mine(List<SqlHit> hits) {
        return hits.stream().map(SqlHit::seekerId).filter(people::containsValue).toList();
    }

    private String id(String role) {
        return people.get(role);
    }

    private void person(String role, Draft draft) {
        people.put(role, seekers.create(draft.build(role)).id());
    }

    private Draft draft(String commune, int radius) {
        return new Draft(commune, radius);
    }

    private VacancyBuilder vacancy(String name) {
        return new VacancyBuilder(name);
    }

    /** An occupation of another grand domain with no ROME mobility to or from F1703, and none of its skills. */
    private String unrelatedOccupation() {
        Set<String> linked = new HashSet<>();
        referential.mobilitiesTo(OCCUPATION).stream().map(Mobility::sourceCode).forEach(linked::add);
        referential.mobilitiesFrom(OCCUPATION).stream().map(Mobility::targetCode).forEach(linked::add);
        return referential.occupations().stream()
                .filter(o -> !o.grandDomainCode().equals("F") && !linked.contains(o.code()))
                .map(Occupation::code).sorted().findFirst().orElseThrow();
    }

    /** An occupation of F1703's professional domain that no ROME mobility links to it. */
    private String sameDomainOnly() {
        Set<String> linked = new HashSet<>();
        referential.mobilitiesTo(OCCUPATION).stream().map(Mobility::sourceCode).forEach(linked::add);
        referential.mobilitiesFrom(OCCUPATION).stream().map(Mobility::targetCode).forEach(linked::add);
        return referential.occupations().stream()
                .filter(o -> o.code().startsWith(OCCUPATION.substring(0, 3)) && !o.code().equals(OCCUPATION)
                        && !linked.contains(o.code()))
                .map(Occupation::code).sorted().findFirst().orElseThrow();
    }

    private static boolean between(double value, double min, double max) {
        return value >= min && value <= max;
    }

    /** A job seeker of this test, bent one field at a time. */
    private final class Draft {
        private final String commune;
        private final int radius;
        private List<String> licences = List.of("B");
        private List<String> targets = List.of(OCCUPATION);
        private final List<Experience> experiences = new ArrayList<>();
        private List<String> skills = List.of();
        private List<String> publics = List.of();
        private Integer diploma;
        private LocalDate availableFrom;
        private boolean consent = true;
        private SeekerStatus status = SeekerStatus.ACTIVE;

        Draft(String commune, int radius) {
            this.commune = commune;
            this.radius = radius;
            this.availableFrom = today.plusDays(10);
        }

        Draft licences(String... codes) { licences = List.of(codes); return this; }
        Draft targets(String... codes) { targets = List.of(codes); return this; }
        Draft experience(String code, double years) { experiences.add(new Experience(code, years)); return this; }
        Draft skills(List<String> codes) { skills = codes; return this; }
        Draft publics(String... names) { publics = List.of(names); return this; }
        Draft diploma(int level) { diploma = level; return this; }
        Draft availableFrom(LocalDate day) { availableFrom = day; return this; }
        Draft consent(boolean value) { consent = value; return this; }
        Draft status(SeekerStatus value) { status = value; return this; }

        JobSeeker build(String role) {
            return new JobSeeker(null, "SQLB-" + role + "-" + System.nanoTime(), "Base", "Sql " + role,
                    today.minusYears(35), null, null, commune, radius, licences, true, targets, experiences, skills,
                    null, diploma, availableFrom, WorkingTime.ANY, publics, UNIT, consent, status, null, null, null);
        }
    }

    /** A vacancy view (never stored): the baseline and the ranking only need the view. */
    private final class VacancyBuilder {
        private final String id;
        private String title = "Maçon (H/F)";
        private String occupation = OCCUPATION;
        private String commune = WORKPLACE;
        private ContractType contract = ContractType.CDI;
        private Set<String> licences = Set.of("B");
        private Set<String> must;
        private Set<String> nice;
        private int minDiploma;
        private boolean clause;
        private int maxDistanceKm;

        VacancyBuilder(String name) {
            this.id = "sql-baseline-" + name;
            this.must = Set.copyOf(mustSkills);
            this.nice = Set.of(niceSkill);
        }

        VacancyBuilder title(String value) { title = value; return this; }
        VacancyBuilder occupation(String code) { occupation = code; return this; }
        VacancyBuilder commune(String insee) { commune = insee; return this; }
        VacancyBuilder contract(ContractType type) { contract = type; return this; }
        VacancyBuilder licences(String... codes) { licences = Set.of(codes); return this; }
        VacancyBuilder skills(List<String> mustHave, List<String> niceToHave) {
            must = Set.copyOf(mustHave);
            nice = Set.copyOf(niceToHave);
            return this;
        }
        VacancyBuilder minDiploma(int level) { minDiploma = level; return this; }
        VacancyBuilder clause() { clause = true; return this; }
        VacancyBuilder maxDistanceKm(int km) { maxDistanceKm = km; return this; }

        VacancyIndexView build() {
            return new VacancyIndexView(id, 0, "sql-baseline-employer", EmployerKind.COMPANY, occupation, title, "",
                    commune, null, contract, 35, today.plusDays(30), 1, must, nice, licences, minDiploma, clause,
                    clause ? 100 : 0, VacancyStatus.OPEN, maxDistanceKm);
        }
    }
}
