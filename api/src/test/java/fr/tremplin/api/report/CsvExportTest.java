package fr.tremplin.api.report;

import fr.tremplin.api.shortlist.ShortlistScenario;
import fr.tremplin.api.support.ApiTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV exports read back, cell for cell, by an RFC 4180 reader written here (';' separator, CRLF records,
 * quoted cells with doubled quotes and line breaks inside): what a user typed comes back exactly, dates are
 * French (dd/MM/yyyy), every record has the header's width.
 */
@MicronautTest(transactional = false)
class CsvExportTest extends ApiTest {

    private static final String TRICKY_TITLE = "Lot 2; voirie \"Centre-ville\"\nTranche ferme";
    private static final String TRICKY_BUYER = "Ville \"d'essai\"; services techniques";

    @Test
    void cellsWithSeparatorsQuotesAndLineBreaksComeBackExactlyAndDatesAreFrench() {
        String ref = contract(buyer(TRICKY_BUYER), TRICKY_TITLE, "2026-01-05", "2027-03-31");

        List<List<String>> rows = csv("/api/v1/reports/insertion-hours?year=2026&format=csv");

        List<String> header = rows.getFirst();
        assertThat(header.subList(0, 6)).containsExactly("Année", "Marché", "Objet", "Acheteur", "Début", "Fin");
        assertThat(rows).as("every record has the header's width").allSatisfy(r -> assertThat(r).hasSameSizeAs(header));
        List<String> row = rowOf(rows, ref);
        assertThat(row.get(2)).isEqualTo(TRICKY_TITLE);
        assertThat(row.get(3)).isEqualTo(TRICKY_BUYER);
        assertThat(row.get(4)).isEqualTo("05/01/2026");
        assertThat(row.get(5)).isEqualTo("31/03/2027");
        assertThat(row.get(6)).as("hours to deliver").isEqualTo("420");
    }

    @Test
    void theActivityReportsPeriodIsInFrenchDates() {
        List<List<String>> rows = csv("/api/v1/reports/activity?from=2026-01-01&to=2026-06-30&format=csv");
        assertThat(rows.getFirst().subList(0, 2)).containsExactly("Du", "Au");
        assertThat(rows.subList(1, rows.size())).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get(0)).isEqualTo("01/01/2026");
            assertThat(r.get(1)).isEqualTo("30/06/2026");
        });
    }

    /**
     * A cell that a spreadsheet would take for a formula ({@code = + - @}, tab, carriage return at the start) is
     * neutralised with a leading apostrophe (OWASP "CSV injection").
     */
    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreNeutralised() {
        String buyer = buyer("@SOMME(A1:A9) acheteur");
        List<String> titles = List.of("=HYPERLINK(\"http://exemple.org\";\"clic\")", "+33 6 00 00 00 00",
                "-2+3 lots", "@SOMME(A1:A9)");
        List<String> refs = new ArrayList<>();
        for (String title : titles) {
            refs.add(contract(buyer, title, "2026-02-01", "2026-12-31"));
        }

        List<List<String>> rows = csv("/api/v1/reports/insertion-hours?year=2026&format=csv");

        for (int i = 0; i < titles.size(); i++) {
            List<String> row = rowOf(rows, refs.get(i));
            assertThat(row.get(2)).isEqualTo("'" + titles.get(i));
            assertThat(row.get(3)).startsWith("'@SOMME(A1:A9)");
        }
    }

    private String buyer(String name) {
        Map<String, Object> e = new HashMap<>();
        e.put("siret", ShortlistScenario.siret());
        e.put("name", name);
        e.put("kind", "PUBLIC_BUYER");
        e.put("sector", "OTHER");
        e.put("communeInsee", "44109");
        HttpResponse<Map> created = api.as("admin", HttpRequest.POST("/api/v1/employers", e));
        assertThat(created.code()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED.getCode());
        return (String) body(created).get("id");
    }

    private String contract(String buyerId, String title, String start, String end) {
        String ref = ShortlistScenario.uniqueRef();
        Map<String, Object> c = new HashMap<>();
        c.put("ref", ref);
        c.put("buyerId", buyerId);
        c.put("title", title);
        c.put("hoursTarget", 420);
        c.put("startDate", start);
        c.put("endDate", end);
        HttpResponse<Map> created = api.as("conseiller", HttpRequest.POST("/api/v1/public-contracts", c));
        assertThat(created.code()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED.getCode());
        return ref;
    }

    private List<List<String>> csv(String path) {
        HttpResponse<byte[]> response = httpClient.toBlocking().exchange(
                HttpRequest.GET(path).bearerAuth(api.token("admin")), byte[].class);
        assertThat(response.getContentType()).get().asString().startsWith("text/csv");
        String text = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return parse(text.substring(1));
    }

    private static List<String> rowOf(List<List<String>> rows, String ref) {
        return rows.stream().filter(r -> r.size() > 1 && r.get(1).equals(ref)).findFirst()
                .orElseThrow(() -> new AssertionError("no line for " + ref + " in " + rows));
    }

    /** A strict RFC 4180 reader with ';': fails on a stray quote or a record that does not end with CRLF. */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        boolean quoted = false;
        boolean wasQuoted = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
                i++;
                continue;
            }
            switch (c) {
                case '"' -> {
                    if (!cell.isEmpty() || wasQuoted) {
                        throw new AssertionError("stray quote at " + i + ": " + text);
                    }
                    quoted = true;
                    wasQuoted = true;
                }
                case ';' -> {
                    row.add(cell.toString());
                    cell.setLength(0);
                    wasQuoted = false;
                }
                case '\r' -> {
                    if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                        throw new AssertionError("bare CR at " + i);
                    }
                    row.add(cell.toString());
                    rows.add(row);
                    row = new ArrayList<>();
                    cell.setLength(0);
                    wasQuoted = false;
                    i++;
                }
                case '\n' -> throw new AssertionError("bare LF outside quotes at " + i);
                default -> {
                    if (wasQuoted) {
                        throw new AssertionError("text after a closing quote at " + i);
                    }
                    cell.append(c);
                }
            }
            i++;
        }
        assertThat(quoted).as("unterminated quoted cell").isFalse();
        assertThat(row).as("the last record ends with CRLF").isEmpty();
        assertThat(cell.toString()).isEmpty();
        return rows;
    }
}
