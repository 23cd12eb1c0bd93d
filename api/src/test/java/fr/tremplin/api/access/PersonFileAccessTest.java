package fr.tremplin.api.access;

import fr.tremplin.api.shortlist.ShortlistScenario;
import fr.tremplin.api.support.ApiTest;
import fr.tremplin.data.common.DepartementTime;
import fr.tremplin.data.user.AppUserRepository;
import fr.tremplin.data.user.PasswordHasher;
import fr.tremplin.indexer.IndexService;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.tremplin.api.support.JobSeekerRequestBuilder.aJobSeeker;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 11: scope by employment unit, the audit of every opening, the person's rights. */
@MicronautTest(transactional = false)
class PersonFileAccessTest extends ApiTest {
    @Inject
    IndexService index;
    @Inject
    DataSource dataSource;
    @Inject
    AppUserRepository users;
    @Inject
    PasswordHasher hasher;

    /** A name no demo person has, so that lists filtered on it hold only the people of these tests. */
    private static final String LAST_NAME = "Privacytestnom";

    private String person(String unit) {
        HttpResponse<Map> created = api.as("admin", HttpRequest.POST("/api/v1/job-seekers",
                aJobSeeker().lastName(LAST_NAME).unit(unit).in(unit.equals("SAINT-NAZAIRE") ? "44184" : "44109")
                        .targeting("F1703").radius(30).build()));
        assertThat(created.code()).isEqualTo(201);
        return (String) body(created).get("id");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdviserIsRefusedTheFileOfAnotherUnitButSeesThePersonInARanking() {
        String nazairien = person("SAINT-NAZAIRE");
        String nantais = person("NANTES-NORD");
        Map<String, Object> record = body(api.as("admin", HttpRequest.GET("/api/v1/job-seekers/" + nazairien)));
        assertThat(api.as("conseiller", HttpRequest.GET("/api/v1/job-seekers/" + nazairien)).code()).isEqualTo(403);
        assertThat(api.as("conseiller", HttpRequest.GET("/api/v1/job-seekers/" + nazairien + "/export")).code()).isEqualTo(403);
        Map<String, Object> change = new HashMap<>(record);
        change.remove("id");
        change.remove("eligibility");
        change.remove("createdAt");
        change.remove("updatedAt");
        change.put("summary", "modifié par une autre unité");
        HttpResponse<Map> put = api.as("conseiller", HttpRequest.PUT("/api/v1/job-seekers/" + nazairien, change));
        assertThat(put.code()).isEqualTo(403);
        assertThat((String) body(put).get("detail")).contains("SAINT-NAZAIRE");
        assertThat(api.as("conseiller", HttpRequest.DELETE("/api/v1/job-seekers/" + nazairien + "?reason=test")).code())
                .isEqualTo(403);
        assertThat(api.as("responsable", HttpRequest.DELETE("/api/v1/job-seekers/" + nazairien + "?reason=test")).code())
                .as("a unit manager erases only in their unit").isEqualTo(403);
        assertThat(api.as("admin", HttpRequest.GET("/api/v1/job-seekers/" + nazairien)).code())
                .as("nothing changed").isEqualTo(200);
        assertThat(body(api.as("admin", HttpRequest.GET("/api/v1/job-seekers/" + nazairien))).get("summary"))
                .isEqualTo(record.get("summary"));
        assertThat(api.as("conseiller", HttpRequest.GET("/api/v1/job-seekers?unit=SAINT-NAZAIRE")).code()).isEqualTo(403);
        List<Map<String, Object>> mine = (List<Map<String, Object>>) body(api.as("conseiller",
                HttpRequest.GET("/api/v1/job-seekers?size=200&q=" + LAST_NAME))).get("items");
        assertThat(mine).extracting(p -> p.get("id")).contains(nantais).doesNotContain(nazairien);
        assertThat(mine).allSatisfy(p -> assertThat(p.get("employmentUnit")).isEqualTo("NANTES-NORD"));

        // the person still appears to the adviser of another unit in a search, pseudonymised
        assertThat(index.awaitReady(Duration.ofSeconds(60))).isTrue();
        index.syncNow(Duration.ofSeconds(30));
        Map<String, Object> query = new HashMap<>();
        query.put("occupations", List.of("F1703"));
        query.put("communeInsee", "44184");
        query.put("radiusKm", 5);
        query.put("unit", "SAINT-NAZAIRE");
        List<Map<String, Object>> hits = new ArrayList<>();
        for (int page = 0; page < 50; page++) {
            List<Map<String, Object>> items = (List<Map<String, Object>>) body(api.as("conseiller",
                    HttpRequest.POST("/api/v1/search/candidates?size=200&page=" + page, query))).get("items");
            hits.addAll(items);
            if (items.size() < 200 || hits.stream().anyMatch(h -> nazairien.equals(h.get("jobSeekerId")))) {
                break;
            }
        }
        Map<String, Object> hit = hits.stream().filter(h -> nazairien.equals(h.get("jobSeekerId"))).findFirst()
                .orElseThrow(() -> new AssertionError("the SAINT-NAZAIRE person is not in the free search"));
        assertThat((String) hit.get("displayName")).matches("\\S+ \\p{Lu}\\.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOpeningOfAFileIsInTheAuditForTheAdmin() {
        String own = person("NANTES-NORD");
        assertThat(api.as("conseiller", HttpRequest.GET("/api/v1/job-seekers/" + own)).code()).isEqualTo(200);
        assertThat(api.as("conseiller", HttpRequest.GET("/api/v1/job-seekers/" + own + "/export")).code()).isEqualTo(200);
        List<Map<String, Object>> lines = (List<Map<String, Object>>) body(api.as("admin",
                HttpRequest.GET("/api/v1/audit?jobSeeker=" + own))).get("items");
        assertThat(lines).extracting(l -> l.get("action") + " by " + l.get("actor"))
                .contains("READ by conseiller", "EXPORT by conseiller", "CREATE by admin");
        assertThat(lines).allSatisfy(l -> assertThat(l.get("jobSeekerId")).isEqualTo(own));
        // a unit manager reads the audit of their unit only
        assertThat(api.as("responsable", HttpRequest.GET("/api/v1/audit?jobSeeker=" + own)).code()).isEqualTo(200);
        assertThat(api.as("responsable", HttpRequest.GET("/api/v1/audit?unit=SAINT-NAZAIRE")).code()).isEqualTo(403);
        assertThat(api.as("conseiller", HttpRequest.GET("/api/v1/audit")).code()).isEqualTo(403);
        assertThat(api.as("admin", HttpRequest.GET("/api/v1/audit?jobSeeker=inconnu")).code()).isEqualTo(404);
        HttpResponse<String> csv = api.as("admin", HttpRequest.GET("/api/v1/audit?format=csv&jobSeeker=" + own), String.class);
        assertThat(csv.body()).contains("Date et heure;Auteur;Rôle;Action").contains("Lecture de la fiche complète");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theExportHoldsTheRecordTheConsentHistoryAndTheAudit() {
        String own = person("NANTES-NORD");
        Map<String, Object> record = body(api.as("conseiller", HttpRequest.GET("/api/v1/job-seekers/" + own)));
        Map<String, Object> change = new HashMap<>(record);
        for (String readOnly : List.of("id", "eligibility", "createdAt", "updatedAt")) {
            change.remove(readOnly);
        }
        change.put("consentToShare", false);
        assertThat(api.as("conseiller", HttpRequest.PUT("/api/v1/job-seekers/" + own, change)).code()).isEqualTo(200);
        Map<String, Object> export = body(api.as("conseiller", HttpRequest.GET("/api/v1/job-seekers/" + own + "/export")));
        assertThat(((Map<String, Object>) export.get("record")).get("id")).isEqualTo(own);
        assertThat((List<Map<String, Object>>) export.get("consentHistory")).extracting(c -> c.get("given"))
                .containsExactly(true, false);
        assertThat((Map<String, Object>) export.get("held")).containsKeys("shortlistEntries", "profileShares",
                "placements", "insertionHours");
        assertThat((List<Map<String, Object>>) export.get("audit")).extracting(a -> a.get("action"))
                .contains("CREATE", "UPDATE", "CONSENT", "READ");
    }

    @Test
    void aReasonLongerThan500CharactersIs400AndChangesNothing() {
        String own = person("NANTES-NORD");
        HttpResponse<Map> response = api.as("responsable",
                HttpRequest.DELETE("/api/v1/job-seekers/" + own + "?reason=" + "x".repeat(501)));
        assertThat(response.code()).isEqualTo(400);
        assertThat(api.as("admin", HttpRequest.GET("/api/v1/job-seekers/" + own)).code()).isEqualTo(200);
        assertThat(api.as("responsable", HttpRequest.DELETE("/api/v1/job-seekers/" + own)).code())
                .as("the reason is mandatory").isEqualTo(422);
    }

    @Test
    void afterErasingAPlacedPersonNoRowOfAnyTableHoldsTheirId() {
        ShortlistScenario scenario = new ShortlistScenario(api);
        String vacancy = scenario.vacancy(ShortlistScenario.COMPANY, 2, null);
        String person = scenario.seeker();
        String shortlist = scenario.sent(vacancy, List.of(person));
        assertThat(scenario.outcome(ShortlistScenario.COMPANY, shortlist, person,
                ShortlistScenario.answer("INTERVIEW", null)).code()).isEqualTo(200);
        assertThat(scenario.outcome(ShortlistScenario.COMPANY, shortlist, person,
                ShortlistScenario.hired("CDI", LocalDate.now(DepartementTime.ZONE).plusDays(10), null, 35)).code()).isEqualTo(200);
        assertThat(api.as("conseiller", HttpRequest.GET("/api/v1/job-seekers/" + person)).code()).isEqualTo(200);
        assertThat(rowsNaming(person)).as("before erasure").isNotEmpty();

        assertThat(api.as("responsable", HttpRequest.DELETE("/api/v1/job-seekers/" + person
                + "?reason=demande%20de%20la%20personne")).code()).isEqualTo(204);

        assertThat(rowsNaming(person)).as("tables and columns still naming the erased person").isEmpty();
        assertThat(count("SELECT COUNT(*) FROM placement WHERE vacancy_id = '" + vacancy + "'"))
                .as("the placement stays for the reports").isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE action = 'ERASE' AND actor = 'responsable'"
                + " AND detail LIKE '%demande de la personne%'")).isPositive();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEmployerSeesAPersonUnderAnotherAliasOnEachShortlist() {
        ShortlistScenario scenario = new ShortlistScenario(api);
        String person = scenario.seeker();
        String first = scenario.sent(scenario.vacancy(ShortlistScenario.COMPANY, 1, null), List.of(person));
        String second = scenario.sent(scenario.vacancy(ShortlistScenario.COMPANY, 1, null), List.of(person));
        List<String> seen = new ArrayList<>();
        for (String shortlist : List.of(first, second)) {
            Map<String, Object> raw = body(api.as(ShortlistScenario.COMPANY, HttpRequest.GET("/api/v1/shortlists/" + shortlist)));
            seen.add((String) ((List<Map<String, Object>>) raw.get("candidates")).get(0).get("jobSeekerId"));
        }
        assertThat(seen).doesNotContain(person).doesNotHaveDuplicates();
        // the alias works for answering, the person's id does not
        assertThat(api.as(ShortlistScenario.COMPANY, HttpRequest.POST("/api/v1/shortlists/" + first + "/candidates/"
                + person + "/outcome", ShortlistScenario.answer("INTERVIEW", null))).code()).isEqualTo(404);
        assertThat(api.as(ShortlistScenario.COMPANY, HttpRequest.POST("/api/v1/shortlists/" + first + "/candidates/"
                + seen.get(0) + "/outcome", ShortlistScenario.answer("INTERVIEW", null))).code()).isEqualTo(200);
        // an adviser records an answer on the employer's behalf only with a note, kept as such
        HttpResponse<Map> noNote = api.as("conseiller", HttpRequest.POST("/api/v1/shortlists/" + second + "/candidates/"
                + person + "/outcome", ShortlistScenario.answer("INTERVIEW", null)));
        assertThat(noNote.code()).isEqualTo(422);
        assertThat(errorFields(noNote)).contains("comment");
        Map<String, Object> withNote = ShortlistScenario.answer("INTERVIEW", null);
        withNote.put("comment", "appel de l'employeur");
        assertThat(api.as("conseiller", HttpRequest.POST("/api/v1/shortlists/" + second + "/candidates/"
                + person + "/outcome", withNote)).code()).isEqualTo(200);
        List<Map<String, Object>> history = (List<Map<String, Object>>) (List<?>) api.as("conseiller",
                HttpRequest.GET("/api/v1/shortlists/" + second + "/history"), List.class).body();
        assertThat(history).extracting(h -> (String) h.get("comment")).anySatisfy(c ->
                assertThat(c).startsWith("Réponse enregistrée par le conseiller au nom de l'employeur : appel"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPersonProposedByAnotherUnitIsAuditedAndShowsInTheirUnitsFollowUp() {
        new MatrixAccounts(httpClient.toBlocking(), users, hasher); // an adviser of SAINT-NAZAIRE
        ShortlistScenario scenario = new ShortlistScenario(api);
        String vacancy = scenario.vacancy(ShortlistScenario.COMPANY, 1, null);
        String nantais = scenario.seeker();
        HttpResponse<Map> created = api.as(MatrixAccounts.OTHER_ADVISER, HttpRequest.POST("/api/v1/shortlists",
                Map.of("vacancyId", vacancy, "jobSeekerIds", List.of(nantais))));
        assertThat(created.code()).as("shortlisting a person of another unit is allowed").isEqualTo(201);
        String shortlist = (String) body(created).get("id");
        List<Map<String, Object>> audit = (List<Map<String, Object>>) body(api.as("admin",
                HttpRequest.GET("/api/v1/audit?jobSeeker=" + nantais))).get("items");
        assertThat(audit).anySatisfy(l -> {
            assertThat(l.get("action")).isEqualTo("SHARE");
            assertThat(l.get("actor")).isEqualTo(MatrixAccounts.OTHER_ADVISER);
        });
        List<Map<String, Object>> followUp = (List<Map<String, Object>>) body(api.as("conseiller",
                HttpRequest.GET("/api/v1/shortlists?unit=NANTES-NORD&size=200"))).get("items");
        assertThat(followUp).extracting(l -> l.get("id")).as("the person's unit follows the proposal").contains(shortlist);
        assertThat(api.as("conseiller", HttpRequest.POST("/api/v1/shortlists/" + shortlist + "/send", Map.of())).code())
                .as("only advisers of the shortlist's unit change it").isEqualTo(403);
    }

    /** Walks every text column of every table of the schema and lists those holding {@code id}. */
    private List<String> rowsNaming(String id) {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            List<String[]> columns = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("""
                    SELECT table_name, column_name FROM information_schema.columns
                    WHERE table_schema = DATABASE() AND data_type IN ('char', 'varchar', 'text', 'mediumtext', 'longtext')""");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    columns.add(new String[]{rs.getString(1), rs.getString(2)});
                }
            }
            assertThat(columns.size()).as("columns walked").isGreaterThan(50);
            List<String> naming = new ArrayList<>();
            for (String[] col : columns) {
                try (PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM `" + col[0] + "` WHERE `" + col[1]
                        + "` LIKE ?")) {
                    st.setString(1, "%" + id + "%");
                    try (ResultSet rs = st.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) > 0) {
                            naming.add(col[0] + "." + col[1] + " (" + rs.getLong(1) + ")");
                        }
                    }
                }
            }
            return naming;
        } catch (SQLException e) {
            throw new AssertionError("walking the tables failed", e);
        }
    }

    private long count(String sql) {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection(); PreparedStatement st = c.prepareStatement(sql);
             ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new AssertionError(sql, e);
        }
    }
}
