package fr.tremplin.api.prospect;

import fr.tremplin.api.shortlist.ShortlistScenario;
import fr.tremplin.api.support.ApiTest;
import fr.tremplin.api.support.JobSeekerRequestBuilder;
import fr.tremplin.api.support.WebPages;
import fr.tremplin.api.web.form.Dates;
import fr.tremplin.core.referential.Referential;
import fr.tremplin.data.common.DepartementTime;
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
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hidden market through the HTTP API on the demo companies: a mason of Ancenis gets building companies (NAF
 * 41–43) within the radius, none with an open mason vacancy (both checked here from the database rows), and units
 * record their contacts with companies (201, 409 within 7 days, 404, 422, scope).
 */
@MicronautTest(transactional = false)
@Property(name = "tremplin.demo.accounts-only", value = "false")
@Property(name = "tremplin.demo.seekers", value = "300")
@Property(name = "tremplin.demo.companies", value = "1500")
@Property(name = "tremplin.demo.vacancies", value = "600")
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class ProspectsTest extends ApiTest {
    private static final int RADIUS = 25;

    @Inject
    DataSource dataSource;
    @Inject
    Referential referential;

    private String company(String naf, String insee) {
        return (String) body(api.as("admin", HttpRequest.POST("/api/v1/employers", Map.of("siret",
                ShortlistScenario.siret(), "name", "Prospect test " + System.nanoTime(), "kind", "COMPANY",
                "sector", "BUILDING", "communeInsee", insee, "nafCode", naf)))).get("id");
    }

    private void openMasonVacancy(String employerId) {
        Map<String, Object> v = ShortlistScenario.vacancyBody(1, List.of("103767"), List.of());
        v.put("employerId", employerId);
        v.put("communeInsee", "44048");
        HttpResponse<Map> created = api.as("admin", HttpRequest.POST("/api/v1/vacancies", v));
        assertThat(created.code()).as("%s", created.body()).isEqualTo(201);
    }

    private String mason(String unit) {
        return (String) body(api.as("admin", HttpRequest.POST("/api/v1/job-seekers", JobSeekerRequestBuilder
                .aJobSeeker().in("44003").radius(RADIUS).targeting("F1703").unit(unit).build()))).get("id");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> prospects(String as, String seeker) {
        HttpResponse<List> response = api.as(as, HttpRequest.GET("/api/v1/job-seekers/" + seeker + "/prospects?size=50"),
                List.class);
        assertThat(response.code()).isEqualTo(200);
        return (List<Map<String, Object>>) (List<?>) response.body();
    }

    private HttpResponse<Map> contact(String as, String employer, Map<String, Object> body) {
        return api.as(as, HttpRequest.POST("/api/v1/employers/" + employer + "/contacts", body));
    }

    private static Map<String, Object> contactBody(LocalDate date, String outcome) {
        Map<String, Object> body = new HashMap<>();
        body.put("date", date.toString());
        body.put("outcome", outcome);
        body.put("note", "Le gérant rappelle lundi.");
        return body;
    }

    @Test
    void aMasonOfAncenisGetsBuildingCompaniesNearbyWithoutAnOpenMasonVacancy() {
        String hiring = company("4399C", "44048");          // Couffé, 8 km: has an open mason vacancy
        openMasonVacancy(hiring);
        String quiet = company("4399C", "44115");            // Oudon, 7 km: none
        String landscaper = company("8130Z", "44003");      // landscapers hire masons only marginally
        String seeker = mason("NANTES-NORD");

        List<Map<String, Object>> found = prospects("conseiller", seeker);
        assertThat(found).extracting(p -> p.get("employerId")).contains(quiet).doesNotContain(hiring, landscaper);
        assertThat(found).as("demo building companies around Ancenis, not only this test's")
                .filteredOn(p -> !p.get("employerId").equals(quiet)).isNotEmpty();
        double previous = Double.MAX_VALUE;
        for (Map<String, Object> p : found) {
            String id = (String) p.get("employerId");
            Map<String, String> row = employerRow(id);
            assertThat(row.get("kind")).isEqualTo("COMPANY");
            assertThat(Integer.parseInt(row.get("naf").substring(0, 2))).as("NAF of %s", id).isBetween(41, 43);
            assertThat(p.get("naf")).isEqualTo(row.get("naf"));
            assertThat(referential.distanceKm("44003", row.get("commune"))).as("distance of %s", id)
                    .isLessThanOrEqualTo(RADIUS);
            assertThat(((Number) p.get("distanceKm")).doubleValue()).isLessThanOrEqualTo(RADIUS);
            assertThat(openVacancies(id, "F1703")).as("open mason vacancies of %s", id).isZero();
            double score = ((Number) p.get("hiringScore")).doubleValue();
            assertThat(score).isBetween(0.0, 1.0).isLessThanOrEqualTo(previous);
            previous = score;
            assertThat((String) p.get("reason")).startsWith("Activité " + row.get("naf"))
                    .contains("embauches en Maçonnerie", "aucune offre ouverte pour ce métier");
        }
        System.out.printf("Prospects of a mason of Ancenis (%d km): %d companies, NAF %s%n", RADIUS, found.size(),
                found.stream().map(p -> (String) p.get("naf")).distinct().sorted().toList());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aUnitRecordsAContactOnceAWeekAndProspectsShowIt() {
        String target = company("4120A", "44163");
        String seeker = mason("NANTES-NORD");
        LocalDate today = LocalDate.now(DepartementTime.ZONE);

        HttpResponse<Map> first = contact("conseiller", target, contactBody(today, "CALL_BACK"));
        assertThat(first.code()).isEqualTo(201);
        assertThat(body(first)).containsEntry("unit", "NANTES-NORD").containsEntry("recordedBy", "conseiller")
                .containsEntry("outcomeLabel", "À rappeler");
        assertThat(prospects("conseiller", seeker)).filteredOn(p -> p.get("employerId").equals(target))
                .singleElement().satisfies(p -> assertThat(p.get("contactedByUnitOn")).isEqualTo(today.toString()));

        HttpResponse<Map> again = contact("conseiller", target, contactBody(today.minusDays(3), "NO_NEED"));
        assertThat(again.code()).isEqualTo(409);
        assertThat((String) body(again).get("detail")).contains("a déjà contacté cette entreprise le")
                .contains("7 jours");
        assertThat(contact("conseiller", target, contactBody(today.minusDays(7), "NO_ANSWER")).code())
                .as("a week before is allowed").isEqualTo(201);
        Map<String, Object> byAdmin = contactBody(today, "INTERESTED");
        byAdmin.put("unit", "SAINT-NAZAIRE");
        assertThat(contact("admin", target, byAdmin).code()).as("another unit has its own week").isEqualTo(201);

        assertThat(contact("conseiller", "inconnue-" + System.nanoTime(), contactBody(today, "NO_NEED")).code())
                .isEqualTo(404);
        HttpResponse<Map> badOutcome = contact("conseiller", target, contactBody(today.minusDays(20), "PEUT-ETRE"));
        assertThat(badOutcome.code()).isEqualTo(422);
        assertThat(errorFields(badOutcome)).containsExactly("outcome");
        assertThat((String) ((List<Map<String, Object>>) body(badOutcome).get("errors")).get(0).get("message"))
                .contains("n'est pas un résultat de contact");
        Map<String, Object> badDate = contactBody(today, "NO_NEED");
        badDate.put("date", "31/02/2026");
        HttpResponse<Map> unreadable = contact("conseiller", target, badDate);
        assertThat(unreadable.code()).isEqualTo(422);
        assertThat(errorFields(unreadable)).containsExactly("date");
        HttpResponse<Map> future = contact("conseiller", target, contactBody(today.plusDays(2), "NO_NEED"));
        assertThat(future.code()).isEqualTo(422);
        assertThat(errorFields(future)).containsExactly("date");
        assertThat(contact("admin", target, contactBody(today.minusDays(30), "NO_NEED")).code())
                .as("an administrator names the unit").isEqualTo(422);
        Map<String, Object> elsewhere = contactBody(today.minusDays(30), "NO_NEED");
        elsewhere.put("unit", "SAINT-NAZAIRE");
        assertThat(contact("conseiller", target, elsewhere).code()).isEqualTo(403);

        List<Map<String, Object>> listed = (List<Map<String, Object>>) (List<?>) api.as("conseiller",
                HttpRequest.GET("/api/v1/employers/" + target + "/contacts"), List.class).body();
        assertThat(listed).extracting(c -> c.get("date"))
                .containsExactly(today.toString(), today.toString(), today.minusDays(7).toString());
        assertThat(api.as("entreprise", HttpRequest.GET("/api/v1/employers/" + target + "/contacts")).code())
                .as("employers never see contacts").isEqualTo(403);
        List<Map<String, Object>> audit = (List<Map<String, Object>>) body(api.as("admin",
                HttpRequest.GET("/api/v1/audit?unit=NANTES-NORD&size=50"))).get("items");
        assertThat(audit).anySatisfy(line -> {
            assertThat(line.get("action")).isEqualTo("EMPLOYER_CONTACT");
            assertThat((String) line.get("detail")).contains(target);
        });
    }

    @Test
    void prospectsOfAnotherUnitsPersonAreRefused() {
        String nazairien = mason("SAINT-NAZAIRE");
        assertThat(api.as("conseiller", HttpRequest.GET("/api/v1/job-seekers/" + nazairien + "/prospects")).code())
                .isEqualTo(403);
        assertThat(api.as("entreprise", HttpRequest.GET("/api/v1/job-seekers/" + nazairien + "/prospects")).code())
                .isEqualTo(403);
        assertThat(api.as("admin", HttpRequest.GET("/api/v1/job-seekers/" + nazairien + "/prospects")).code())
                .isEqualTo(200);
        assertThat(api.as("conseiller", HttpRequest.GET("/api/v1/job-seekers/" + nazairien + "/prospects?size=0"))
                .code()).isEqualTo(400);
    }

    @Test
    void thePersonPageListsCompaniesAndRecordsAContact() {
        String target = company("4399C", "44003");
        String seeker = mason("NANTES-NORD");
        WebPages web = new WebPages(httpClient, api);
        HttpResponse<String> page = web.page("conseiller", HttpRequest.GET("/personnes/" + seeker));
        assertThat(page.code()).isEqualTo(200);
        assertThat(page.body()).contains("Entreprises à démarcher", "/entreprises/" + target + "/contact",
                "Pas de besoin pour l");
        String form = "date=" + Dates.format(LocalDate.now(DepartementTime.ZONE)) + "&resultat=NO_NEED&note=Rappeler+en+mars";
        HttpResponse<String> saved = web.post("conseiller", page, "/personnes/" + seeker + "/entreprises/" + target
                + "/contact", form);
        assertThat(saved.code()).isEqualTo(303);
        assertThat(web.page("conseiller", HttpRequest.GET("/personnes/" + seeker)).body())
                .contains("Contactée par votre unité le " + Dates.format(LocalDate.now(DepartementTime.ZONE)));
        HttpResponse<String> twice = web.post("conseiller", page, "/personnes/" + seeker + "/entreprises/" + target
                + "/contact", form);
        assertThat(twice.code()).isEqualTo(409);
        assertThat(twice.body()).contains("Le contact n’a pas été enregistré", "a déjà contacté cette entreprise");
    }

    private Map<String, String> employerRow(String id) {
        return query("SELECT kind, naf_code, commune_insee FROM employer WHERE id = ?", id, rs -> Map.of(
                "kind", rs.getString(1), "naf", rs.getString(2), "commune", rs.getString(3)));
    }

    private long openVacancies(String employerId, String occupation) {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM vacancy WHERE employer_id = ?"
                     + " AND occupation = ? AND status = 'OPEN'")) {
            st.setString(1, employerId);
            st.setString(2, occupation);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> T query(String sql, String id, Row<T> row) {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                assertThat(rs.next()).as("row %s", id).isTrue();
                return row.read(rs);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
