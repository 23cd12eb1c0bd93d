package fr.tremplin.api.shortlist;

import fr.tremplin.api.support.ApiTest;
import fr.tremplin.data.common.DepartementTime;
import fr.tremplin.data.outbox.AggregateType;
import fr.tremplin.data.outbox.OutboxEvent;
import fr.tremplin.data.outbox.OutboxOperation;
import fr.tremplin.data.outbox.OutboxRepository;
import io.micronaut.context.annotation.Property;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.time.Duration;
import fr.tremplin.indexer.IndexService;
import java.util.Map;

import static fr.tremplin.api.shortlist.ShortlistScenario.ADVISER;
import static fr.tremplin.api.shortlist.ShortlistScenario.COMPANY;
import static fr.tremplin.api.shortlist.ShortlistScenario.GROUP;
import static fr.tremplin.api.shortlist.ShortlistScenario.answer;
import static fr.tremplin.api.shortlist.ShortlistScenario.candidate;
import static fr.tremplin.api.shortlist.ShortlistScenario.hired;
import static fr.tremplin.api.shortlist.ShortlistScenario.list;
import static fr.tremplin.api.shortlist.ShortlistScenario.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole journey through the API: an adviser shortlists three people for a company's vacancy and sends
 * the list; the company sees them pseudonymised, asks to meet one and hires her; she leaves the pool, the
 * vacancy is filled, the proposals it overtakes are closed; her insertion hours go to the ledger; the
 * reports and their CSV exports show the hire and the hours.
 */
@MicronautTest(transactional = false)
@Property(name = "tremplin.shortlists.follow-up-enabled", value = "false")
class ShortlistJourneyTest extends ApiTest {

    @Inject
    OutboxRepository outbox;

    @Inject
    IndexService index;

    @SuppressWarnings("unchecked")
    private List<String> candidateIds(String vacancyId) {
        Map<String, Object> page = ok(api.as(ADVISER, HttpRequest.GET("/api/v1/vacancies/" + vacancyId
                + "/candidates?size=200")), HttpStatus.OK);
        return list(page, "items").stream().map(i -> (String) i.get("jobSeekerId")).toList();
    }

    @Test
    void fromRankingToHireToReports() {
        ShortlistScenario s = new ShortlistScenario(api);
        LocalDate today = LocalDate.now(DepartementTime.ZONE);
        String ref = ShortlistScenario.uniqueRef();
        ok(s.contract(s.publicBuyer(), ref, 1200, today.minusMonths(1), today.plusYears(2)), HttpStatus.CREATED);
        String vacancy = s.vacancy(COMPANY, 1, ref);
        String amina = s.seeker(b -> b.firstName("Amina").lastName("Diallo").publics("RSA"));
        String bruno = s.seeker(b -> b.firstName("Bruno").lastName("Kerbrat").publics("LONG_TERM_UNEMPLOYED"));
        String chloe = s.seeker(b -> b.firstName("Chloé").lastName("Martin").publics("RQTH"));
        String otherVacancy = s.vacancy(GROUP, 2, null);
        String otherList = s.sent(otherVacancy, List.of(amina));
        Map<String, Object> activityBefore = unitRow(activity());

        // the adviser ranks the candidates of the vacancy and shortlists the three people of this story, in rank
        // order (the shared test database holds other people too)
        assertThat(index.awaitReady(Duration.ofSeconds(60))).isTrue();
        index.syncNow(Duration.ofSeconds(10));
        List<String> ranked = candidateIds(vacancy);
        List<String> topThree = ranked.stream().filter(List.of(amina, bruno, chloe)::contains).toList();
        assertThat(topThree).as("the three people are ranked for the vacancy").hasSize(3);

        Map<String, Object> draft = ok(s.create(vacancy, topThree), HttpStatus.CREATED);
        assertThat(draft).containsEntry("status", "DRAFT").containsEntry("vacancyTitle", "Maçon (H/F)");
        String shortlist = (String) draft.get("id");
        Map<String, Object> sent = ok(s.send(shortlist), HttpStatus.OK);
        assertThat(sent).containsEntry("status", "SENT");
        assertThat(list(sent, "candidates")).extracting(c -> c.get("status")).containsOnly("PROPOSED");
        assertThat(sent.get("answerDueAt")).isNotNull();

        // the company sees the three people, pseudonymised
        Map<String, Object> page = ok(api.as(COMPANY, HttpRequest.GET("/api/v1/shortlists?vacancy=" + vacancy)), HttpStatus.OK);
        assertThat(page).containsEntry("total", 1);
        Map<String, Object> seen = list(page, "items").get(0);
        Map<String, String> names = Map.of(amina, "Amina D.", bruno, "Bruno K.", chloe, "Chloé M.");
        assertThat(list(seen, "candidates")).extracting(c -> c.get("displayName"))
                .containsExactly(topThree.stream().map(names::get).toArray());
        for (Map<String, Object> c : list(seen, "candidates")) {
            assertThat(c.get("contact")).isNull();
            assertThat(c).doesNotContainKeys("lastName", "birthDate", "email", "phone", "publics", "externalRef");
            @SuppressWarnings("unchecked") Map<String, Object> profile = (Map<String, Object>) c.get("profile");
            assertThat(profile).containsKeys("skills", "experiences", "distanceKm", "eligibility")
                    .doesNotContainKeys("birthDate", "email", "phone", "lastName", "communeInsee", "summary");
        }
        assertThat(seen.toString()).doesNotContain("Diallo", "Kerbrat", "amina@example.org", "0600000000");

        // opening it marks the proposals VIEWED; asking to meet Amina gives her contact details, hers only
        assertThat(list(s.read(COMPANY, shortlist), "candidates")).extracting(c -> c.get("status")).containsOnly("VIEWED");
        ok(s.outcome(COMPANY, shortlist, amina, answer("INTERVIEW", null)), HttpStatus.OK);
        ok(s.outcome(COMPANY, shortlist, bruno, answer("DECLINED", "MISSING_SKILLS")), HttpStatus.OK);
        Map<String, Object> afterInterview = s.read(COMPANY, shortlist);
        assertThat(candidate(afterInterview, amina).get("contact")).asString().contains("Diallo", "amina@example.org");
        assertThat(candidate(afterInterview, bruno).get("contact")).isNull();
        assertThat(candidate(afterInterview, bruno)).containsEntry("reason", "MISSING_SKILLS");
        assertThat(candidate(afterInterview, chloe).get("contact")).isNull();

        // the company hires Amina
        long lastEventBefore = lastOutboxId();
        Map<String, Object> hire = ok(s.outcome(COMPANY, shortlist, amina,
                hired("CDD", today, today.plusMonths(6), 35)), HttpStatus.OK);
        @SuppressWarnings("unchecked") Map<String, Object> placement = (Map<String, Object>) hire.get("placement");
        assertThat(placement).containsEntry("contractType", "CDD").containsEntry("hoursPerWeek", 35)
                .containsEntry("startDate", today.toString()).containsEntry("endDate", today.plusMonths(6).toString())
                .containsEntry("insertionContractRef", ref).containsEntry("publics", null);

        // she leaves the pool: PLACED, and the outbox carries the change with the hire
        assertThat(s.seekerRecord(amina)).containsEntry("status", "PLACED");
        List<OutboxEvent> events = outbox.findByIdGreaterThanOrderByIdAsc(lastEventBefore, Pageable.from(0, 1000));
        assertThat(events).anySatisfy(e -> {
            assertThat(e.aggregateType()).isEqualTo(AggregateType.JOB_SEEKER);
            assertThat(e.aggregateId()).isEqualTo(amina);
            assertThat(e.operation()).isEqualTo(OutboxOperation.UPSERT);
        });
        assertThat(events).anySatisfy(e -> assertThat(e.aggregateId()).isEqualTo(vacancy));
        // and out of the candidate pool once the index has applied the outbox (how soon is the bench's figure)
        index.syncNow(Duration.ofSeconds(30));
        assertThat(candidateIds(vacancy)).as("placed person still ranked after the index caught up")
                .doesNotContain(amina);
        assertThat(candidateIds(otherVacancy)).doesNotContain(amina);

        // the vacancy is filled, what the hire overtakes is closed
        assertThat(s.vacancyRecord(vacancy)).containsEntry("status", "FILLED").containsEntry("positions", 1);
        Map<String, Object> closed = s.read(ADVISER, shortlist);
        assertThat(closed).containsEntry("status", "CLOSED");
        assertThat(candidate(closed, amina)).containsEntry("status", "HIRED");
        assertThat(candidate(closed, bruno)).containsEntry("status", "DECLINED");
        assertThat(candidate(closed, chloe)).containsEntry("status", "CLOSED").containsEntry("reason", "VACANCY_FILLED");
        assertThat(candidate(s.read(ADVISER, otherList), amina)).containsEntry("status", "CLOSED")
                .containsEntry("reason", "PLACED_ELSEWHERE");
        assertThat(s.seekerRecord(chloe)).containsEntry("status", "ACTIVE");
        List<Map<String, Object>> history = historyOf(shortlist);
        assertThat(history).extracting(h -> h.get("to")).containsSubsequence("DRAFT", "SENT", "PROPOSED", "VIEWED",
                "INTERVIEW", "HIRED", "CLOSED");
        assertThat(history).filteredOn(h -> amina.equals(h.get("jobSeekerId")))
                .extracting(h -> h.get("from") + "→" + h.get("to") + " by " + h.get("actor"))
                .containsExactly("null→DRAFT by conseiller", "DRAFT→PROPOSED by conseiller",
                        "PROPOSED→VIEWED by entreprise", "VIEWED→INTERVIEW by entreprise", "INTERVIEW→HIRED by entreprise");

        // her hours on the public contract go to the ledger (a second entry for the month corrects it)
        String month = YearMonth.now().toString();
        assertThat(api.as(ADVISER, HttpRequest.POST("/api/v1/insertion-hours", hours(ref, amina, "140", month))).code())
                .isEqualTo(HttpStatus.CREATED.getCode());
        Map<String, Object> corrected = ok(api.as(ADVISER, HttpRequest.POST("/api/v1/insertion-hours",
                hours(ref, amina, "151.67", month))), HttpStatus.OK);
        assertThat(corrected).containsEntry("month", month).containsEntry("placementId", placement.get("id"));

        // the reports show the hire and the hours
        Map<String, Object> activityAfter = unitRow(activity());
        assertThat(delta(activityBefore, activityAfter, "hires")).isEqualTo(1);
        assertThat(delta(activityBefore, activityAfter, "shortlistsSent")).isEqualTo(1);
        assertThat(delta(activityBefore, activityAfter, "interviews")).isEqualTo(1);
        assertThat(delta(activityBefore, activityAfter, "candidatesProposed")).isEqualTo(3);
        assertThat(new BigDecimal(activityAfter.get("insertionHours").toString())
                .subtract(new BigDecimal(activityBefore.get("insertionHours").toString())))
                .isEqualByComparingTo("151.67");
        @SuppressWarnings("unchecked") Map<String, Object> byType = (Map<String, Object>) activityAfter.get("hiresByContractType");
        @SuppressWarnings("unchecked") Map<String, Object> byTypeBefore = (Map<String, Object>) activityBefore.get("hiresByContractType");
        assertThat(((Number) byType.get("CDD")).longValue() - ((Number) byTypeBefore.get("CDD")).longValue()).isEqualTo(1);

        Map<String, Object> insertion = ok(api.as("admin", HttpRequest.GET("/api/v1/reports/insertion-hours?year="
                + today.getYear())), HttpStatus.OK);
        Map<String, Object> contractRow = list(insertion, "contracts").stream().filter(c -> ref.equals(c.get("ref")))
                .findFirst().orElseThrow();
        assertThat(new BigDecimal(contractRow.get("hoursInYear").toString())).isEqualByComparingTo("151.67");
        assertThat(contractRow).containsEntry("people", 1).containsEntry("rsaShare", 1.0);
        @SuppressWarnings("unchecked") Map<String, Object> byPublic = (Map<String, Object>) contractRow.get("hoursByPublic");
        assertThat(new BigDecimal(byPublic.get("RSA").toString())).isEqualByComparingTo("151.67");
        assertThat(new BigDecimal(byPublic.get("RQTH").toString())).isEqualByComparingTo("0");

        // and the CSV exports parse, in French: BOM, ';', decimal comma
        List<List<String>> insertionCsv = csv("/api/v1/reports/insertion-hours?year=" + today.getYear(), "admin");
        List<String> header = insertionCsv.get(0);
        List<String> row = insertionCsv.stream().filter(r -> r.contains(ref)).findFirst().orElseThrow();
        assertThat(row).hasSameSizeAs(header);
        assertThat(row.get(header.indexOf("Heures réalisées dans l'année"))).isEqualTo("151,67");
        assertThat(row.get(header.indexOf("Part des bénéficiaires du RSA (%)"))).isEqualTo("100");
        assertThat(insertionCsv.getLast().get(1)).isEqualTo("TOTAL");

        List<List<String>> activityCsv = csv("/api/v1/reports/activity", "responsable");
        assertThat(activityCsv).hasSize(2);
        assertThat(activityCsv.get(1)).hasSameSizeAs(activityCsv.get(0));
        assertThat(activityCsv.get(1).get(activityCsv.get(0).indexOf("Unité"))).isEqualTo("NANTES-NORD");
        assertThat(Long.parseLong(activityCsv.get(1).get(activityCsv.get(0).indexOf("Embauches"))))
                .isEqualTo(((Number) activityAfter.get("hires")).longValue());
    }

    private Map<String, Object> activity() {
        return ok(api.as("responsable", HttpRequest.GET("/api/v1/reports/activity")), HttpStatus.OK);
    }

    private static Map<String, Object> unitRow(Map<String, Object> report) {
        assertThat(report.get("departement")).as("a unit manager sees only its unit").isNull();
        assertThat(list(report, "units")).hasSize(1);
        return list(report, "units").get(0);
    }

    private static long delta(Map<String, Object> before, Map<String, Object> after, String key) {
        return ((Number) after.get(key)).longValue() - ((Number) before.get(key)).longValue();
    }

    private List<Map<String, Object>> historyOf(String shortlist) {
        HttpResponse<List> response = api.as(ADVISER, HttpRequest.GET("/api/v1/shortlists/" + shortlist + "/history"),
                List.class);
        @SuppressWarnings("unchecked") List<Map<String, Object>> body = response.body();
        return body;
    }

    private static Map<String, Object> hours(String ref, String seeker, String hours, String month) {
        Map<String, Object> body = new HashMap<>();
        body.put("contractRef", ref);
        body.put("jobSeekerId", seeker);
        body.put("hours", new BigDecimal(hours));
        body.put("month", month);
        return body;
    }

    private long lastOutboxId() {
        long last = 0;
        List<OutboxEvent> page;
        do {
            page = outbox.findByIdGreaterThanOrderByIdAsc(last, Pageable.from(0, 5000));
            if (!page.isEmpty()) {
                last = page.getLast().id();
            }
        } while (page.size() == 5000);
        return last;
    }

    /** Fetches a CSV export with Accept: text/csv and parses it (BOM, ';', CRLF, RFC 4180 quotes). */
    private List<List<String>> csv(String path, String username) {
        MutableHttpRequest<?> request = HttpRequest.GET(path).accept("text/csv").bearerAuth(api.token(username));
        HttpResponse<byte[]> response = httpClient.toBlocking().exchange(request, byte[].class);
        assertThat(response.getContentType()).get().asString().startsWith("text/csv");
        assertThat(response.getHeaders().get("Content-Disposition")).contains("attachment");
        byte[] bytes = response.body();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n");
        return parse(text);
    }

    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}
