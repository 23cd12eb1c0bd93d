package fr.tremplin.api.training;

import fr.tremplin.api.seeker.ExperienceDto;
import fr.tremplin.api.support.ApiTest;
import fr.tremplin.api.support.VacancyRequests;
import fr.tremplin.api.support.ContractNeeds;
import fr.tremplin.api.support.WebPages;
import fr.tremplin.core.ranking.MatchPolicy;
import fr.tremplin.core.ranking.TrainingKind;
import fr.tremplin.core.ranking.TrainingRules;
import fr.tremplin.core.referential.Mobility;
import fr.tremplin.core.referential.MobilityKind;
import fr.tremplin.core.referential.Occupation;
import fr.tremplin.core.referential.Referential;
import fr.tremplin.core.referential.Skill;
import fr.tremplin.data.common.DepartementTime;
import fr.tremplin.indexer.IndexService;
import io.micronaut.context.annotation.Property;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static fr.tremplin.api.support.JobSeekerRequestBuilder.aJobSeeker;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A warehouse worker of Saint-Nazaire (ROME N1103) without any CACES, on a generated demo data set: the CACES
 * lines of {@code GET /api/v1/job-seekers/{id}/trainings} count exactly the open vacancies that an SQL read of the
 * vacancy table and the rules written out here again (docs/adviser-intelligence.md) find.
 */
@MicronautTest(transactional = false)
@Property(name = "tremplin.demo.accounts-only", value = "false")
@Property(name = "tremplin.demo.seekers", value = "300")
@Property(name = "tremplin.demo.companies", value = "150")
@Property(name = "tremplin.demo.vacancies", value = "700")
class TrainingsOnDemoDataTest extends ApiTest {
    private static final String WAREHOUSE = "N1103";
    private static final int RADIUS_KM = 35;
    /** Chariots élévateurs en porte-à-faux de capacité inférieure ou égale à 6000 kg (CACES R 389-3). */
    private static final String CACES_R389_3 = "123698";

    @Inject
    IndexService index;
    @Inject
    Referential referential;
    @Inject
    MatchPolicy policy;
    @Inject
    DataSource dataSource;

    private final Map<String, String> employerKinds = new HashMap<>();

    @Test
    @SuppressWarnings("unchecked")
    void theCacesLinesCountWhatTheRulesWrittenOutFind() throws SQLException {
        assertThat(index.awaitReady(Duration.ofSeconds(120))).isTrue();
        List<String> skills = referential.skillsOf(WAREHOUSE).stream()
                .filter(s -> TrainingRules.kindOf(s) != TrainingKind.CERTIFICATION).map(Skill::code).toList();
        forkliftVacanciesInSaintNazaire(skills.getFirst());
        HttpResponse<Map> created = api.as("admin", HttpRequest.POST("/api/v1/job-seekers", aJobSeeker()
                .in("44184").radius(RADIUS_KM).licences(List.of("B")).targeting(WAREHOUSE)
                .experiences(List.of(new ExperienceDto(WAREHOUSE, 4.0))).withSkills(skills.toArray(String[]::new))
                .availableFrom(LocalDate.now(DepartementTime.ZONE)).publics("RSA").unit("SAINT-NAZAIRE").build()));
        assertThat(created.code()).isEqualTo(201);
        String id = (String) body(created).get("id");
        index.syncNow(Duration.ofSeconds(10));
        Map<String, Object> person = body(api.as("admin", HttpRequest.GET("/api/v1/job-seekers/" + id)));

        HttpResponse<List> response = api.as("admin", HttpRequest.GET("/api/v1/job-seekers/" + id + "/trainings"),
                List.class);
        assertThat(response.code()).isEqualTo(200);
        List<Map<String, Object>> lines = response.body();
        List<Map<String, Object>> caces = lines.stream()
                .filter(l -> "CERTIFICATION".equals(l.get("kind")) && ((String) l.get("label")).contains("CACES R 389"))
                .toList();
        assertThat(caces).as("the demo data has forklift vacancies near Saint-Nazaire: %s", lines).isNotEmpty();

        List<Map<String, Object>> open = openVacancies();
        for (Map<String, Object> line : caces) {
            String code = (String) line.get("code");
            List<String> expected = open.stream().filter(v -> unlockedBy(code, v, person)).map(v -> (String) v.get("id"))
                    .toList();
            System.out.printf("Trainings: %s unlocks %d open vacancies (independent count %d)%n", line.get("label"),
                    ((Number) line.get("vacanciesUnlocked")).intValue(), expected.size());
            assertThat(((Number) line.get("vacanciesUnlocked")).intValue()).as(code).isEqualTo(expected.size());
            assertThat(((Number) line.get("vacanciesRequiring")).intValue()).as(code).isGreaterThanOrEqualTo(expected.size());
            assertThat(expected).containsAll((List<String>) line.get("examples"));
            assertThat((List<String>) line.get("routes")).contains("TRAINING", "PEC");
        }
        List<Integer> counts = lines.stream().map(l -> ((Number) l.get("vacanciesUnlocked")).intValue()).toList();
        assertThat(counts).isSortedAccordingTo((a, b) -> Integer.compare(b, a));

        HttpResponse<String> page = new WebPages(httpClient, api).page("admin", HttpRequest.GET("/personnes/" + id));
        assertThat(page.body()).contains("Ce qui ouvrirait le plus d'offres", "Certificat",
                ((String) caces.getFirst().get("label")).replace("'", "&#39;"));
    }

    @Test
    void theTrainingsOfAPersonFollowTheirFileScope() {
        HttpResponse<Map> created = api.as("admin", HttpRequest.POST("/api/v1/job-seekers",
                aJobSeeker().unit("SAINT-NAZAIRE").build()));
        String id = (String) body(created).get("id");

        assertThat(api.as("conseiller", HttpRequest.GET("/api/v1/job-seekers/" + id + "/trainings")).code())
                .isEqualTo(403);
        assertThat(api.as("conseiller", HttpRequest.GET("/api/v1/job-seekers/inconnu/trainings")).code())
                .isEqualTo(404);
        assertThat(api.as("entreprise", HttpRequest.GET("/api/v1/job-seekers/" + id + "/trainings")).code())
                .isEqualTo(403);
    }

    @Test
    void aManagerGetsTheMissingSkillsOfTheUnitAsFrenchCsv() {
        assertThat(index.awaitReady(Duration.ofSeconds(120))).isTrue();
        HttpResponse<String> csv = api.as("responsable", HttpRequest.GET("/api/v1/reports/missing-skills")
                .accept("text/csv"), String.class);
        assertThat(csv.code()).isEqualTo(200);
        assertThat(csv.body()).startsWith("\uFEFFType;Code;Libellé;Personnes;Couples personne-offre\r\n");
        assertThat(api.as("responsable", HttpRequest.GET("/api/v1/reports/missing-skills?unit=SAINT-NAZAIRE"))
                .code()).isEqualTo(403);
        assertThat(errorFields(api.as("admin", HttpRequest.GET("/api/v1/reports/missing-skills"))))
                .containsExactly("unit");
        HttpResponse<String> page = new WebPages(httpClient, api).page("responsable",
                HttpRequest.GET("/pilotage/competences-manquantes"));
        assertThat(page.body()).contains("Compétences manquantes pour les offres ouvertes", "Télécharger en CSV",
                "Calculé le");
        assertThat(new WebPages(httpClient, api).page("responsable", HttpRequest.GET("/pilotage/rapports")).body())
                .contains("href=\"/pilotage/competences-manquantes\"");
        Map<String, Object> report = body(api.as("admin",
                HttpRequest.GET("/api/v1/reports/missing-skills?unit=SAINT-NAZAIRE")));
        assertThat(((Number) report.get("peopleCounted")).intValue()).isPositive();
        assertThat((List<?>) report.get("lines")).isNotEmpty();
        assertThat(report.get("computedAt")).isNotNull();
        Map<String, Object> again = body(api.as("admin",
                HttpRequest.GET("/api/v1/reports/missing-skills?unit=SAINT-NAZAIRE")));
        assertThat(again.get("computedAt")).as("kept an hour, not added up again").isEqualTo(report.get("computedAt"));
    }

    /**
     * Two warehouse vacancies in Saint-Nazaire that ask for the CACES R 389-3 and a skill the person holds: the test
     * schema is shared by the test classes of this JVM and holds the demo data of whichever loaded it first (its size
     * set by that class), so the CACES case must not depend on it. The count is still checked against every open
     * vacancy of the schema.
     */
    private void forkliftVacanciesInSaintNazaire(String heldSkill) throws SQLException {
        String employer;
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement s = c.prepareStatement("SELECT id FROM employer WHERE kind = 'COMPANY' ORDER BY id LIMIT 1");
             ResultSet r = s.executeQuery()) {
            assertThat(r.next()).as("a company in the test schema").isTrue();
            employer = r.getString(1);
        }
        for (String title : List.of("Cariste (H/F)", "Préparateur de commandes cariste (H/F)")) {
            Map<String, Object> vacancy = VacancyRequests.mason(employer);
            vacancy.put("occupation", WAREHOUSE);
            vacancy.put("title", title);
            vacancy.put("description", "Conduite de chariots élévateurs, préparation de commandes");
            vacancy.put("communeInsee", "44184");
            vacancy.put("requiredSkills", List.of(CACES_R389_3, heldSkill));
            assertThat(api.as("admin", HttpRequest.POST("/api/v1/vacancies", vacancy)).code()).isEqualTo(201);
        }
    }

    /** The open vacancies, read with SQL. */
    private List<Map<String, Object>> openVacancies() throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection(); PreparedStatement s = c.prepareStatement("""
                SELECT v.id, v.occupation, v.commune_insee, v.contract_type, v.start_date, v.positions,
                       v.required_skills, v.nice_to_have_skills, v.required_licences, v.insertion_contract_ref,
                       v.insertion_hours, e.kind
                FROM vacancy v JOIN employer e ON e.id = v.employer_id WHERE v.status = 'OPEN'""");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                Map<String, Object> v = new HashMap<>();
                v.put("id", r.getString("id"));
                v.put("occupation", r.getString("occupation"));
                v.put("commune", r.getString("commune_insee"));
                v.put("contract", r.getString("contract_type"));
                v.put("start", r.getDate("start_date") == null ? null : r.getDate("start_date").toLocalDate());
                v.put("positions", r.getInt("positions"));
                v.put("required", codes(r.getString("required_skills")));
                v.put("nice", codes(r.getString("nice_to_have_skills")));
                v.put("licences", codes(r.getString("required_licences")));
                v.put("clause", r.getString("insertion_contract_ref") != null || r.getInt("insertion_hours") > 0);
                v.put("employerKind", r.getString("kind"));
                rows.add(v);
            }
        }
        return rows;
    }

    private static Set<String> codes(String column) {
        Set<String> codes = new HashSet<>();
        if (column != null) {
            Arrays.stream(column.split("[,;\\s\\[\\]\"]+")).filter(c -> !c.isBlank()).forEach(codes::add);
        }
        return codes;
    }

    /**
     * The rules, written out again: open with a position, within the radius, available in time, eligible to what the
     * contract needs, every required licence held, the item required and the only required item missing, and the
     * vacancy in the person's ranking once the item is held (a related occupation or a shared specific skill).
     */
    @SuppressWarnings("unchecked")
    private boolean unlockedBy(String code, Map<String, Object> v, Map<String, Object> person) {
        Set<String> required = (Set<String>) v.get("required");
        Set<String> held = new HashSet<>((List<String>) person.get("skills"));
        Set<String> missing = new HashSet<>(required);
        missing.removeAll(held);
        if (!missing.equals(Set.of(code)) || (int) v.get("positions") < 1) {
            return false;
        }
        if (!((List<String>) person.get("licences")).containsAll((Set<String>) v.get("licences"))) {
            return false;
        }
        double km = referential.distanceKm((String) person.get("communeInsee"), (String) v.get("commune"));
        if (km > ((Number) person.get("mobilityRadiusKm")).doubleValue()) {
            return false;
        }
        LocalDate start = (LocalDate) v.get("start");
        LocalDate available = LocalDate.parse((String) person.get("availableFrom"));
        if (start != null && available.minusDays(policy.availabilityGraceDays()).isAfter(
                start.isBefore(LocalDate.now(DepartementTime.ZONE)) ? LocalDate.now(DepartementTime.ZONE) : start)) {
            return false;
        }
        Set<String> programmes = new HashSet<>();
        ((List<Map<String, Object>>) person.get("eligibility")).forEach(e -> programmes.add((String) e.get("programme")));
        if (!programmes.containsAll(needs(v))) {
            return false;
        }
        return related((String) v.get("occupation")) || isSpecific(code)
                || held.stream().anyMatch(s -> isSpecific(s)
                && (required.contains(s) || ((Set<String>) v.get("nice")).contains(s)));
    }

    /** Same occupation, a ROME mobility from it (or a close one to it), or the same professional domain. */
    private boolean related(String occupation) {
        if (occupation.equals(WAREHOUSE)) {
            return true;
        }
        for (Mobility m : referential.mobilitiesFrom(WAREHOUSE)) {
            if (m.targetCode().equals(occupation)) {
                return true;
            }
        }
        for (Mobility m : referential.mobilitiesTo(WAREHOUSE)) {
            if (m.kind() == MobilityKind.CLOSE && m.sourceCode().equals(occupation)) {
                return true;
            }
        }
        String domain = referential.occupation(WAREHOUSE).map(Occupation::domainCode).orElseThrow();
        return referential.occupation(occupation).map(o -> o.domainCode().equals(domain)).orElse(false);
    }

    private boolean isSpecific(String skill) {
        return referential.occupationCountOf(skill) <= policy.commonSkillOccupations();
    }

    /** The programmes the vacancy's contract needs ({@link ContractNeeds}). */
    private static Set<String> needs(Map<String, Object> v) {
        return ContractNeeds.of((String) v.get("contract"), () -> (String) v.get("employerKind"), (boolean) v.get("clause"));
    }
}
