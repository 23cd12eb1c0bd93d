package fr.tremplin.api.web;

import fr.tremplin.api.shortlist.ShortlistScenario;
import fr.tremplin.api.support.ApiTest;
import fr.tremplin.data.common.DepartementTime;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static fr.tremplin.api.shortlist.ShortlistScenario.COMPANY;
import static fr.tremplin.api.shortlist.ShortlistScenario.answer;
import static fr.tremplin.api.shortlist.ShortlistScenario.hired;
import static fr.tremplin.api.shortlist.ShortlistScenario.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manager's insertion-clause forms: a public contract registered and hours recorded through the API's checks,
 * every refusal in French in a summary and beside its field, the page title starting with « Erreur ».
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@Property(name = "tremplin.shortlists.follow-up-enabled", value = "false")
class InsertionPagesTest extends ApiTest {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final String MANAGER = "responsable";

    private ShortlistScenario s;
    private String buyer;
    private final LocalDate today = LocalDate.now(DepartementTime.ZONE);

    @BeforeEach
    void buyer() {
        s = new ShortlistScenario(api);
        buyer = s.publicBuyer();
    }

    @Test
    void theManagerRegistersAContractAndAMistakeIsExplainedBesideItsField() {
        String ref = ShortlistScenario.uniqueRef();
        HttpResponse<String> wrong = submit("/pilotage/clauses/marches/nouveau", Map.of("ref", ref, "buyerId", buyer,
                "title", "Rénovation du groupe scolaire", "hoursTarget", "quatre cents",
                "startDate", FRENCH.format(today), "endDate", FRENCH.format(today.minusDays(1))));
        assertThat(wrong.code()).isEqualTo(422);
        assertThat(wrong.body()).contains("<title>Erreur – Enregistrer un marché public — Tremplin</title>")
                .contains("Le formulaire contient une erreur")
                .contains("Heures d’insertion à réaliser : un nombre entier d’heures, par exemple 420")
                .contains("value=\"Rénovation du groupe scolaire\"");

        HttpResponse<String> reversed = submit("/pilotage/clauses/marches/nouveau", Map.of("ref", ref, "buyerId", buyer,
                "title", "Rénovation du groupe scolaire", "hoursTarget", "420",
                "startDate", FRENCH.format(today), "endDate", FRENCH.format(today.minusDays(1))));
        assertThat(reversed.code()).isEqualTo(422);
        assertThat(reversed.body()).contains("Fin de la période : doit être postérieure ou égale à la date de début");

        HttpResponse<String> notABuyer = submit("/pilotage/clauses/marches/nouveau", Map.of("ref", ref,
                "buyerId", s.employerId("entreprise"), "title", "Rénovation du groupe scolaire", "hoursTarget", "420",
                "startDate", FRENCH.format(today), "endDate", FRENCH.format(today.plusYears(1))));
        assertThat(notABuyer.code()).isEqualTo(422);
        assertThat(notABuyer.body()).contains("pas un acheteur public (type : Entreprise)")
                .doesNotContain("COMPANY");

        HttpResponse<String> saved = submit("/pilotage/clauses/marches/nouveau", Map.of("ref", ref, "buyerId", buyer,
                "title", "Rénovation du groupe scolaire", "hoursTarget", "420",
                "startDate", FRENCH.format(today.minusMonths(3)), "endDate", FRENCH.format(today.plusYears(1))));
        assertThat(saved.code()).isEqualTo(303);
        assertThat(saved.header("Location")).isEqualTo("/pilotage/clauses?marche=enregistre");
        assertThat(get("/pilotage/clauses?marche=enregistre").body()).contains("Le marché est enregistré.");

        HttpResponse<String> again = submit("/pilotage/clauses/marches/nouveau", Map.of("ref", ref, "buyerId", buyer,
                "title", "Autre", "hoursTarget", "10", "startDate", FRENCH.format(today),
                "endDate", FRENCH.format(today.plusYears(1))));
        assertThat(again.code()).isEqualTo(422);
        assertThat(again.body()).contains("Référence du marché : ");
    }

    @Test
    void theManagerRecordsThenCorrectsAMonthOfHours() {
        String ref = ShortlistScenario.uniqueRef();
        ok(s.contract(buyer, ref, 2000, today.minusMonths(3), today.plusYears(1)), HttpStatus.CREATED);
        String vacancy = s.vacancy(COMPANY, 2, ref);
        String person = s.seeker();
        String list = s.sent(vacancy, List.of(person));
        ok(s.outcome(COMPANY, list, person, answer("INTERVIEW", null)), HttpStatus.OK);
        ok(s.outcome(COMPANY, list, person, hired("IAE", today.minusMonths(2).withDayOfMonth(1),
                today.plusMonths(10), 26)), HttpStatus.OK);
        String reference = (String) body(api.as("admin", HttpRequest.GET("/api/v1/job-seekers/" + person)))
                .get("externalRef");
        YearMonth month = YearMonth.now().minusMonths(1);
        String typed = month.format(DateTimeFormatter.ofPattern("MM/uuuu"));

        assertThat(get("/pilotage/clauses/heures").body()).contains("<option value=\"" + ref + "\"");
        HttpResponse<String> wrong = submit("/pilotage/clauses/heures", Map.of("contractRef", ref,
                "jobSeekerId", "INCONNU-0000", "month", "13/2026", "hours", "300"));
        assertThat(wrong.code()).isEqualTo(422);
        assertThat(wrong.body()).startsWith("<!DOCTYPE html>").contains("<title>Erreur – Saisir des heures")
                .contains("Personne (référence) : aucune personne n’a la référence « INCONNU-0000 »")
                .contains("Mois : le mois s&#39;écrit AAAA-MM").contains("Heures réalisées : 220 heures par mois au plus");

        HttpResponse<String> recorded = submit("/pilotage/clauses/heures", Map.of("contractRef", ref,
                "jobSeekerId", reference, "month", typed, "hours", "112,5"));
        assertThat(recorded.code()).isEqualTo(303);
        assertThat(recorded.header("Location")).isEqualTo("/pilotage/clauses/heures?enregistre=cree");
        HttpResponse<String> corrected = submit("/pilotage/clauses/heures", Map.of("contractRef", ref,
                "jobSeekerId", reference, "month", typed, "hours", "100"));
        assertThat(corrected.header("Location")).isEqualTo("/pilotage/clauses/heures?enregistre=corrige");
        Map<String, Object> ledger = body(api.as("admin", HttpRequest.GET("/api/v1/insertion-hours?jobSeeker=" + person)));
        assertThat(ledger).containsEntry("total", 1);

        HttpResponse<String> early = submit("/pilotage/clauses/heures", Map.of("contractRef", ref,
                "jobSeekerId", reference, "month", YearMonth.now().plusMonths(1).format(DateTimeFormatter.ofPattern("MM/uuuu")),
                "hours", "10"));
        assertThat(early.body()).contains("n&#39;a pas encore commencé");
    }

    @Test
    void theAdministratorComparesTheUnitsSideBySideAndTheCsvUsesTheWordsOfTheScreen() {
        HttpResponse<String> page = exchange(HttpRequest.GET("/pilotage/rapports"), "admin");
        assertThat(page.code()).isEqualTo(200);
        String table = page.body().substring(page.body().indexOf("<table id=\"rapport\""));
        table = table.substring(0, table.indexOf("</table>"));
        List<String> columns = Pattern.compile("<th scope=\"col\">([^<]+)</th>").matcher(table).results()
                .map(m -> m.group(1)).toList();
        assertThat(columns).hasSize(11).startsWith("Indicateur").endsWith("Département");
        List<String> rows = Pattern.compile("<th scope=\"row\">([^<]+)</th>").matcher(table).results()
                .map(m -> m.group(1).replace("&#39;", "'").replace("&amp;", "&")).toList();
        assertThat(rows).contains("Sélections envoyées", "Embauches", "Entretiens demandés", "Heures d’insertion");

        Matcher csvLink = Pattern.compile("href=\"([^\"]+format=csv[^\"]*)\"").matcher(page.body());
        assertThat(csvLink.find()).isTrue();
        HttpResponse<String> csv = exchange(HttpRequest.GET(csvLink.group(1).replace("&amp;", "&")), "admin");
        String header = csv.body().lines().findFirst().orElseThrow().replace("\uFEFF", "");
        List<String> headers = List.of(header.split(";"));
        assertThat(headers).containsAll(rows);
        assertThat(csv.body().lines().count()).isEqualTo(11);
    }

    private HttpResponse<String> get(String path) {
        return exchange(HttpRequest.GET(path));
    }

    private HttpResponse<String> submit(String path, Map<String, String> fields) {
        HttpResponse<String> form = get(path);
        Matcher token = CSRF.matcher(form.body());
        assertThat(token.find()).as("a CSRF field").isTrue();
        StringBuilder body = new StringBuilder("_csrf=" + token.group(1));
        fields.forEach((k, v) -> body.append('&').append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return exchange(HttpRequest.POST(path, body.toString()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .cookie(form.getCookie("tremplin_csrf").orElseThrow()));
    }

    private HttpResponse<String> exchange(MutableHttpRequest<?> request) {
        return exchange(request, MANAGER);
    }

    private HttpResponse<String> exchange(MutableHttpRequest<?> request, String username) {
        request.accept(MediaType.TEXT_HTML, MediaType.of("text/csv")).cookie(Cookie.of("tremplin_session",
                api.token(username)));
        try {
            return httpClient.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> response = (HttpResponse<String>) e.getResponse();
            return response;
        }
    }
}
