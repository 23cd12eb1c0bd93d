package fr.tremplin.api.insertion;

import fr.tremplin.api.shortlist.ShortlistScenario;
import fr.tremplin.api.support.ApiTest;
import fr.tremplin.data.common.DepartementTime;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.tremplin.api.shortlist.ShortlistScenario.ADVISER;
import static fr.tremplin.api.shortlist.ShortlistScenario.COMPANY;
import static fr.tremplin.api.shortlist.ShortlistScenario.GROUP;
import static fr.tremplin.api.shortlist.ShortlistScenario.answer;
import static fr.tremplin.api.shortlist.ShortlistScenario.hired;
import static fr.tremplin.api.shortlist.ShortlistScenario.list;
import static fr.tremplin.api.shortlist.ShortlistScenario.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** Public contracts and the monthly hours ledger, linked to placements. */
@MicronautTest(transactional = false)
@Property(name = "tremplin.shortlists.follow-up-enabled", value = "false")
class InsertionLedgerTest extends ApiTest {

    private ShortlistScenario s;
    private String buyer;
    private String ref;
    private String hiredSeeker;
    private final LocalDate today = LocalDate.now(DepartementTime.ZONE);

    @BeforeEach
    void contractAndHire() {
        s = new ShortlistScenario(api);
        buyer = s.publicBuyer();
        ref = ShortlistScenario.uniqueRef();
        ok(s.contract(buyer, ref, 2000, today.minusMonths(3), today.plusYears(1)), HttpStatus.CREATED);
        String vacancy = s.vacancy(COMPANY, 2, ref);
        hiredSeeker = s.seeker();
        String list = s.sent(vacancy, List.of(hiredSeeker));
        ok(s.outcome(COMPANY, list, hiredSeeker, answer("INTERVIEW", null)), HttpStatus.OK);
        ok(s.outcome(COMPANY, list, hiredSeeker, hired("IAE", today.minusMonths(2).withDayOfMonth(1),
                today.plusMonths(10), 26)), HttpStatus.OK);
    }

    @Test
    void aContractIsRegisteredOnceForAPublicBuyer() {
        HttpResponse<Map> again = s.contract(buyer, ref, 100, today, today.plusYears(1));
        assertThat(again.code()).isEqualTo(HttpStatus.CONFLICT.getCode());
        assertThat(errorFields(again)).containsExactly("ref");
        HttpResponse<Map> company = s.contract(s.employerId(COMPANY), ShortlistScenario.uniqueRef(), 100, today,
                today.plusYears(1));
        assertThat(company.code()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        assertThat(errorFields(company)).containsExactly("buyerId");
        HttpResponse<Map> reversed = s.contract(buyer, ShortlistScenario.uniqueRef(), 100, today, today.minusDays(1));
        assertThat(errorFields(reversed)).containsExactly("endDate");
        assertThat(api.as(COMPANY, HttpRequest.POST("/api/v1/public-contracts", Map.of())).code())
                .isEqualTo(HttpStatus.FORBIDDEN.getCode());
    }

    @Test
    void hoursGoToTheLedgerAndTheContractProgresses() {
        String lastMonth = YearMonth.now().minusMonths(1).toString();
        Map<String, Object> line = ok(record(ref, hiredSeeker, "112.5", lastMonth), HttpStatus.CREATED);
        assertThat(line).containsEntry("month", lastMonth).containsEntry("jobSeekerId", hiredSeeker);
        ok(record(ref, hiredSeeker, "100", YearMonth.now().toString()), HttpStatus.CREATED);
        String contractId = (String) line.get("publicContractId");
        Map<String, Object> contract = ok(api.as(ADVISER, HttpRequest.GET("/api/v1/public-contracts/" + contractId)),
                HttpStatus.OK);
        assertThat(new BigDecimal(contract.get("hoursDelivered").toString())).isEqualByComparingTo("212.5");
        assertThat(contract.get("progress")).isEqualTo(0.106);
        Map<String, Object> ledger = ok(api.as(ADVISER, HttpRequest.GET("/api/v1/insertion-hours?contract=" + contractId)),
                HttpStatus.OK);
        assertThat(ledger).containsEntry("total", 2);
        assertThat(list(ledger, "items")).extracting(i -> i.get("month"))
                .containsExactly(YearMonth.now().toString(), lastMonth);
    }

    @Test
    void hoursNeedAPlacementCoveringTheMonthWithinTheContract() {
        String stranger = s.seeker();
        assertThat(errorFields(record(ref, stranger, "35", YearMonth.now().toString()))).containsExactly("jobSeekerId");
        assertThat(errorFields(record(ref, hiredSeeker, "35", YearMonth.now().minusMonths(3).toString())))
                .containsExactly("jobSeekerId");
        assertThat(errorFields(record(ref, hiredSeeker, "35", YearMonth.now().minusMonths(4).toString())))
                .containsExactly("month");
        assertThat(errorFields(record(ref, hiredSeeker, "35", YearMonth.now().plusMonths(1).toString())))
                .containsExactly("month");
        assertThat(errorFields(record("MP-INCONNU", hiredSeeker, "35", YearMonth.now().toString())))
                .containsExactly("contractRef");
        HttpResponse<Map> malformed = record(ref, hiredSeeker, "-3", "2026-13");
        assertThat(malformed.code()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(errorFields(malformed)).containsExactly("hours", "month");
    }

    @Test
    void anEmployerRecordsHoursOnlyForThePeopleItHired() {
        ok(recordAs(COMPANY, ref, hiredSeeker, "80", YearMonth.now().toString()), HttpStatus.CREATED);
        assertThat(errorFields(recordAs(GROUP, ref, hiredSeeker, "80", YearMonth.now().toString())))
                .containsExactly("jobSeekerId");
        Map<String, Object> companyLedger = ok(api.as(COMPANY, HttpRequest.GET("/api/v1/insertion-hours?size=200")),
                HttpStatus.OK);
        assertThat(list(companyLedger, "items")).anyMatch(i -> hiredSeeker.equals(i.get("jobSeekerId")));
        Map<String, Object> groupLedger = ok(api.as(GROUP, HttpRequest.GET("/api/v1/insertion-hours?size=200")),
                HttpStatus.OK);
        assertThat(list(groupLedger, "items")).noneMatch(i -> hiredSeeker.equals(i.get("jobSeekerId")));
    }

    @Test
    void contractsAreListedAndABuyerSeesOnlyItsOwn() {
        Map<String, Object> page = ok(api.as(ADVISER, HttpRequest.GET("/api/v1/public-contracts?buyer=" + buyer)),
                HttpStatus.OK);
        assertThat(list(page, "items")).extracting(c -> c.get("ref")).containsExactly(ref);
        Map<String, Object> company = ok(api.as(COMPANY, HttpRequest.GET("/api/v1/public-contracts?size=200")),
                HttpStatus.OK);
        assertThat(list(company, "items")).noneMatch(c -> ref.equals(c.get("ref")));
        String id = (String) list(page, "items").get(0).get("id");
        assertThat(api.as(COMPANY, HttpRequest.GET("/api/v1/public-contracts/" + id)).code())
                .isEqualTo(HttpStatus.NOT_FOUND.getCode());
    }

    private HttpResponse<Map> record(String contractRef, String seeker, String hours, String month) {
        return recordAs(ADVISER, contractRef, seeker, hours, month);
    }

    private HttpResponse<Map> recordAs(String user, String contractRef, String seeker, String hours, String month) {
        Map<String, Object> body = new HashMap<>();
        body.put("contractRef", contractRef);
        body.put("jobSeekerId", seeker);
        body.put("hours", new BigDecimal(hours));
        body.put("month", month);
        return api.as(user, HttpRequest.POST("/api/v1/insertion-hours", body));
    }
}
