package fr.tremplin.api.alert;

import fr.tremplin.api.shortlist.ShortlistScenario;
import fr.tremplin.api.support.ApiTest;
import fr.tremplin.api.support.WebPages;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static fr.tremplin.api.shortlist.ShortlistScenario.COMPANY;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/v1/reports/exposure}: JSON and CSV, the unit managers' scope, the page linked from the reports. */
@MicronautTest(transactional = false)
class ExposureReportTest extends ApiTest {
    @Inject
    @Client("/")
    HttpClient http;

    @Test
    @SuppressWarnings("unchecked")
    void proposalsPerPublicAreSetAgainstTheShareOfTheCaseload() {
        Map<String, Object> before = unit(report("responsable", ""));
        ShortlistScenario s = new ShortlistScenario(api);
        String rsa = s.seeker(b -> b.publics("RSA"));
        s.seeker(b -> b.publics("RQTH"));
        s.seeker(b -> b.publics("RQTH"));
        s.sent(s.vacancy(COMPANY, 1, null), List.of(rsa));

        Map<String, Object> after = unit(report("responsable", ""));
        assertThat(number(after, "people") - number(before, "people")).isEqualTo(3);
        assertThat(number(after, "proposals") - number(before, "proposals")).isEqualTo(1);
        Map<String, Object> rsaLine = group(after, "RSA");
        Map<String, Object> rsaBefore = group(before, "RSA");
        assertThat(number(rsaLine, "proposals") - number(rsaBefore, "proposals")).isEqualTo(1);
        assertThat(number(group(after, "RQTH"), "people") - number(group(before, "RQTH"), "people")).isEqualTo(2);
        double peopleShare = (double) number(rsaLine, "people") / number(after, "people");
        double proposalShare = (double) number(rsaLine, "proposals") / number(after, "proposals");
        assertThat(((Number) rsaLine.get("ratio")).doubleValue()).isCloseTo(proposalShare / peopleShare,
                org.assertj.core.data.Offset.offset(0.001));
        List<Map<String, Object>> waiting = ((List<Map<String, Object>>) after.get("groups")).stream()
                .filter(g -> "WAITING".equals(g.get("dimension"))).toList();
        assertThat(waiting).extracting(g -> g.get("group")).containsExactly("UNDER_3_MONTHS", "FROM_3_TO_6_MONTHS",
                "FROM_6_TO_12_MONTHS", "OVER_12_MONTHS");
        assertThat(waiting.stream().mapToLong(g -> number(g, "people")).sum()).as("every person in one band")
                .isEqualTo(number(after, "people"));
        assertThat(waiting.stream().mapToLong(g -> number(g, "proposals")).sum()).isEqualTo(number(after, "proposals"));
    }

    @Test
    void aUnitManagerReadsTheirUnitOnlyAnAdministratorEveryUnit() {
        assertThat(api.as("responsable", HttpRequest.GET("/api/v1/reports/exposure?unit=SAINT-NAZAIRE")).code())
                .isEqualTo(403);
        assertThat(api.as("conseiller", HttpRequest.GET("/api/v1/reports/exposure")).code()).isEqualTo(403);
        Map<String, Object> all = report("admin", "");
        assertThat(all.get("departement")).isNotNull();
        assertThat((List<?>) all.get("units")).hasSizeGreaterThan(1);
        assertThat(report("admin", "unit=SAINT-NAZAIRE").get("departement")).isNull();
        assertThat(api.as("admin", HttpRequest.GET("/api/v1/reports/exposure?unit=NULLE-PART")).code()).isEqualTo(422);
    }

    @Test
    void theCsvIsFrenchAndThePageIsLinkedFromTheReports() {
        HttpResponse<byte[]> csv = api.as("responsable", HttpRequest.GET("/api/v1/reports/exposure?format=csv"),
                byte[].class);
        assertThat(csv.code()).isEqualTo(200);
        assertThat(csv.getContentType().orElseThrow().toString()).startsWith("text/csv");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFDu;Au;Unité;Nom;Dimension;Groupe;Personnes;Propositions;"
                + "Part des personnes (%);Part des propositions (%);Rapport propositions / personnes\r\n");
        assertThat(text).contains(";NANTES-NORD;").contains(";Public;RSA;").contains(";Attente;Attente : moins de 3 mois;")
                .doesNotContain("SAINT-NAZAIRE");

        WebPages web = new WebPages(http, api);
        assertThat(web.page("responsable", HttpRequest.GET("/pilotage/rapports")).body())
                .contains("href=\"/pilotage/exposition\"");
        HttpResponse<String> page = web.page("responsable", HttpRequest.GET("/pilotage/exposition"));
        assertThat(page.code()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Exposition équitable</h1>").contains("id=\"exposition-NANTES-NORD\"")
                .doesNotContain("id=\"exposition-SAINT-NAZAIRE\"")
                .contains("/api/v1/reports/exposure?format=csv&amp;from=");
        assertThat(web.page("admin", HttpRequest.GET("/pilotage/exposition")).body())
                .contains("id=\"exposition-SAINT-NAZAIRE\"").contains("id=\"exposition-DEPARTEMENT\"");
        assertThat(web.page("conseiller", HttpRequest.GET("/pilotage/exposition")).code()).isEqualTo(403);
    }

    private Map<String, Object> report(String username, String query) {
        HttpResponse<Map> response = api.as(username, HttpRequest.GET("/api/v1/reports/exposure?" + query));
        assertThat(response.code()).as("report for %s", username).isEqualTo(200);
        return body(response);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> unit(Map<String, Object> report) {
        assertThat(report.get("departement")).isNull();
        return ((List<Map<String, Object>>) report.get("units")).stream()
                .filter(u -> "NANTES-NORD".equals(u.get("unit"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> group(Map<String, Object> unit, String code) {
        return ((List<Map<String, Object>>) unit.get("groups")).stream()
                .filter(g -> "PUBLIC".equals(g.get("dimension")) && code.equals(g.get("group"))).findFirst().orElseThrow();
    }

    private static long number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).longValue();
    }
}
