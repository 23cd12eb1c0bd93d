package fr.tremplin.api.security.hardening;

import fr.tremplin.api.common.csv.CsvCell;
import fr.tremplin.api.shortlist.ShortlistScenario;
import fr.tremplin.api.support.ApiTest;
import fr.tremplin.data.common.DepartementTime;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every CSV export neutralises formula-like cells (OWASP CSV injection) through the shared {@link CsvCell}. */
@MicronautTest(transactional = false)
class CsvInjectionTest extends ApiTest {

    @Test
    void cellsStartingLikeAFormulaGetAQuote() {
        assertThat(CsvCell.text("=HYPERLINK(\"x\")", ';')).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CsvCell.text("+33 6", ';')).isEqualTo("'+33 6");
        assertThat(CsvCell.text("-2+3", ';')).isEqualTo("'-2+3");
        assertThat(CsvCell.text("@SUM(A1)", ';')).isEqualTo("'@SUM(A1)");
        assertThat(CsvCell.text("\tx", ';')).isEqualTo("'\tx");
        assertThat(CsvCell.text("\rx", ';')).isEqualTo("\"'\rx\"");
        assertThat(CsvCell.text("Ville de Nantes; mairie", ';')).isEqualTo("\"Ville de Nantes; mairie\"");
        assertThat(CsvCell.text("Nantes = ville", ';')).isEqualTo("Nantes = ville");
        assertThat(CsvCell.formatted("-1,5", ';')).as("our own numbers").isEqualTo("-1,5");
    }

    @Test
    void theInsertionReportExportOfABuyerNamedLikeAFormulaStartsThatCellWithAQuote() {
        ShortlistScenario s = new ShortlistScenario(api);
        Map<String, Object> e = new HashMap<>();
        e.put("siret", ShortlistScenario.siret());
        e.put("name", "=HYPERLINK(\"x\")");
        e.put("kind", "PUBLIC_BUYER");
        e.put("sector", "OTHER");
        e.put("communeInsee", "44109");
        HttpResponse<Map> buyer = api.as("admin", HttpRequest.POST("/api/v1/employers", e));
        assertThat(buyer.code()).as("%s", buyer.body()).isEqualTo(201);
        String ref = ShortlistScenario.uniqueRef();
        LocalDate today = LocalDate.now(DepartementTime.ZONE);
        assertThat(s.contract((String) buyer.body().get("id"), ref, 100, today.withDayOfYear(1), today.plusYears(1)).code())
                .isEqualTo(201);
        HttpResponse<byte[]> csv = api.as("admin", HttpRequest.GET("/api/v1/reports/insertion-hours?format=csv"), byte[].class);
        assertThat(csv.code()).isEqualTo(200);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        String line = text.lines().filter(l -> l.contains(ref)).findFirst().orElseThrow();
        assertThat(line).contains(";\"'=HYPERLINK(\"\"x\"\")\";").doesNotContain(";=HYPERLINK");
    }
}
