package fr.tremplin.api.report;

import fr.tremplin.api.support.ApiTest;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static fr.tremplin.api.shortlist.ShortlistScenario.list;
import static fr.tremplin.api.shortlist.ShortlistScenario.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** Who sees which report, periods, and the CSV variants. */
@MicronautTest(transactional = false)
@Property(name = "tremplin.shortlists.follow-up-enabled", value = "false")
class ReportAccessTest extends ApiTest {

    @Test
    void aUnitManagerSeesItsUnitOnly() {
        Map<String, Object> own = ok(api.as("responsable", HttpRequest.GET("/api/v1/reports/activity?unit=NANTES-NORD")),
                HttpStatus.OK);
        assertThat(own).containsEntry("unit", "NANTES-NORD").containsEntry("departement", null);
        assertThat(api.as("responsable", HttpRequest.GET("/api/v1/reports/activity?unit=SAINT-NAZAIRE")).code())
                .isEqualTo(HttpStatus.FORBIDDEN.getCode());
        assertThat(api.as("responsable", HttpRequest.GET("/api/v1/reports/insertion-hours?unit=ANCENIS")).code())
                .isEqualTo(HttpStatus.FORBIDDEN.getCode());
        assertThat(ok(api.as("responsable", HttpRequest.GET("/api/v1/reports/insertion-hours")), HttpStatus.OK))
                .containsEntry("unit", "NANTES-NORD");
    }

    @Test
    void otherRolesSeeNoReport() {
        for (String user : List.of("conseiller", "entreprise", "geiq")) {
            assertThat(api.as(user, HttpRequest.GET("/api/v1/reports/activity")).code()).as(user)
                    .isEqualTo(HttpStatus.FORBIDDEN.getCode());
            assertThat(api.as(user, HttpRequest.GET("/api/v1/reports/insertion-hours")).code()).as(user)
                    .isEqualTo(HttpStatus.FORBIDDEN.getCode());
        }
    }

    @Test
    void anAdministratorSeesEveryUnitAndTheDepartement() {
        Map<String, Object> report = ok(api.as("admin", HttpRequest.GET("/api/v1/reports/activity?from=2026-01-01&to=2026-06-30")),
                HttpStatus.OK);
        assertThat(report).containsEntry("from", "2026-01-01").containsEntry("to", "2026-06-30").containsEntry("unit", null);
        assertThat(list(report, "units")).hasSize(9);
        @SuppressWarnings("unchecked") Map<String, Object> dep = (Map<String, Object>) report.get("departement");
        assertThat(dep).containsEntry("unit", "DEPARTEMENT");
        long sum = list(report, "units").stream().mapToLong(u -> ((Number) u.get("openVacancies")).longValue()).sum();
        assertThat(((Number) dep.get("openVacancies")).longValue()).isGreaterThanOrEqualTo(sum);
        assertThat(ok(api.as("admin", HttpRequest.GET("/api/v1/reports/activity?unit=ANCENIS")), HttpStatus.OK))
                .containsEntry("unit", "ANCENIS");
        HttpResponse<Map> unknown = api.as("admin", HttpRequest.GET("/api/v1/reports/activity?unit=NOWHERE"));
        assertThat(unknown.code()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        assertThat(errorFields(unknown)).containsExactly("unit");
    }

    @Test
    void aReversedPeriodIsRefused() {
        HttpResponse<Map> reversed = api.as("admin", HttpRequest.GET("/api/v1/reports/activity?from=2026-06-01&to=2026-01-01"));
        assertThat(reversed.code()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        assertThat(errorFields(reversed)).containsExactly("to");
        assertThat(api.as("admin", HttpRequest.GET("/api/v1/reports/insertion-hours?year=1900")).code())
                .isEqualTo(HttpStatus.BAD_REQUEST.getCode());
    }

    @Test
    void theCsvExportIsAlsoReachableWithFormatCsv() {
        HttpResponse<byte[]> response = httpClient.toBlocking().exchange(
                HttpRequest.GET("/api/v1/reports/activity?format=csv").bearerAuth(api.token("admin")), byte[].class);
        assertThat(response.getContentType()).get().asString().startsWith("text/csv");
        String text = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFDu;Au;Unité;Nom;");
        assertThat(text.split("\r\n")).hasSize(11); // header, 9 units, département
        assertThat(text).contains("DEPARTEMENT;Loire-Atlantique (toutes les unités)");
        HttpResponse<Map> json = api.as("admin", HttpRequest.GET("/api/v1/reports/insertion-hours").accept("application/json"));
        assertThat(json.getContentType()).get().asString().startsWith("application/json");
    }
}
