package fr.tremplin.api.shortlist;

import fr.tremplin.api.support.ApiTest;
import fr.tremplin.data.common.DepartementTime;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static fr.tremplin.api.shortlist.ShortlistScenario.ADVISER;
import static fr.tremplin.api.shortlist.ShortlistScenario.COMPANY;
import static fr.tremplin.api.shortlist.ShortlistScenario.answer;
import static fr.tremplin.api.shortlist.ShortlistScenario.candidate;
import static fr.tremplin.api.shortlist.ShortlistScenario.hired;
import static fr.tremplin.api.shortlist.ShortlistScenario.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** Every move the state machine refuses answers 409 and names the moves allowed from the current state. */
@MicronautTest(transactional = false)
@Property(name = "tremplin.shortlists.follow-up-enabled", value = "false")
class ShortlistTransitionsTest extends ApiTest {

    private ShortlistScenario s;
    private String vacancy;
    private String a;
    private String b;

    @BeforeEach
    void scenario() {
        s = new ShortlistScenario(api);
        vacancy = s.vacancy(COMPANY, 3, null);
        a = s.seeker();
        b = s.seeker();
    }

    @Test
    void aShortlistIsSentOnlyOnce() {
        String id = s.sent(vacancy, List.of(a, b));
        assertConflict(s.send(id), "SENT", "SENT", List.of("CLOSED", "WITHDRAWN"));
    }

    @Test
    void aWithdrawnShortlistCanNeitherBeSentNorWithdrawnAgain() {
        String id = s.draft(vacancy, List.of(a));
        ok(s.withdraw(id, null, "SELECTION_ERROR"), HttpStatus.OK);
        assertConflict(s.send(id), "WITHDRAWN", "SENT", List.of());
        assertConflict(s.withdraw(id, null, "SELECTION_ERROR"), "WITHDRAWN", "WITHDRAWN", List.of());
    }

    @Test
    void peopleAreAddedToDraftsOnly() {
        String id = s.sent(vacancy, List.of(a));
        HttpResponse<Map> added = api.as(ADVISER, HttpRequest.POST("/api/v1/shortlists/" + id + "/candidates",
                Map.of("jobSeekerIds", List.of(b))));
        assertThat(added.code()).isEqualTo(HttpStatus.CONFLICT.getCode());
        assertThat(errorFields(added)).containsExactly("status");
    }

    @Test
    void noAnswerBeforeTheShortlistIsSent() {
        String id = s.draft(vacancy, List.of(a));
        Map<String, Object> onBehalf = answer("INTERVIEW", null);
        onBehalf.put("comment", "appel de l'employeur");
        assertConflict(s.outcome(ADVISER, id, a, onBehalf), "DRAFT", "INTERVIEW", List.of());
    }

    @Test
    void hiringNeedsAnInterviewFirst() {
        String id = s.sent(vacancy, List.of(a, b));
        assertConflict(s.outcome(COMPANY, id, a, hired("CDI", LocalDate.now(DepartementTime.ZONE), null, 35)), "PROPOSED", "HIRED",
                List.of("INTERVIEW", "DECLINED"));
        s.read(COMPANY, id); // VIEWED
        assertConflict(s.outcome(COMPANY, id, a, hired("CDI", LocalDate.now(DepartementTime.ZONE), null, 35)), "VIEWED", "HIRED",
                List.of("INTERVIEW", "DECLINED"));
    }

    @Test
    void anInterviewIsAskedOnce() {
        String id = s.sent(vacancy, List.of(a));
        ok(s.outcome(COMPANY, id, a, answer("INTERVIEW", null)), HttpStatus.OK);
        assertConflict(s.outcome(COMPANY, id, a, answer("INTERVIEW", null)), "INTERVIEW", "INTERVIEW",
                List.of("HIRED", "DECLINED"));
    }

    @Test
    void aDeclinedPersonStaysDeclined() {
        String id = s.sent(vacancy, List.of(a, b));
        ok(s.outcome(COMPANY, id, a, answer("DECLINED", "PROFILE_MISMATCH")), HttpStatus.OK);
        assertConflict(s.outcome(COMPANY, id, a, answer("INTERVIEW", null)), "DECLINED", "INTERVIEW", List.of());
        assertConflict(s.withdraw(id, a, "SEEKER_UNAVAILABLE"), "DECLINED", "WITHDRAWN", List.of());
    }

    @Test
    void aHiredPersonStaysHired() {
        String id = s.sent(vacancy, List.of(a, b));
        ok(s.outcome(COMPANY, id, a, answer("INTERVIEW", null)), HttpStatus.OK);
        ok(s.outcome(COMPANY, id, a, hired("CDI", LocalDate.now(DepartementTime.ZONE).plusDays(7), null, 35)), HttpStatus.OK);
        assertConflict(s.outcome(COMPANY, id, a, answer("DECLINED", "NO_SHOW")), "HIRED", "DECLINED", List.of());
        assertConflict(s.withdraw(id, a, "SEEKER_UNAVAILABLE"), "HIRED", "WITHDRAWN", List.of());
    }

    @Test
    void aWithdrawnPersonCannotBeAnswered() {
        String id = s.sent(vacancy, List.of(a, b));
        ok(s.withdraw(id, a, "SEEKER_NOT_INTERESTED"), HttpStatus.OK);
        assertConflict(s.outcome(COMPANY, id, a, answer("INTERVIEW", null)), "WITHDRAWN", "INTERVIEW", List.of());
        assertThat(candidate(s.read(ADVISER, id), a)).containsEntry("status", "WITHDRAWN")
                .containsEntry("reason", "SEEKER_NOT_INTERESTED");
    }

    @Test
    void withdrawingTheLastOpenPersonClosesTheShortlist() {
        String id = s.sent(vacancy, List.of(a, b));
        ok(s.outcome(COMPANY, id, a, answer("DECLINED", "DISTANCE")), HttpStatus.OK);
        ok(s.withdraw(id, b, "SEEKER_UNAVAILABLE"), HttpStatus.OK);
        assertThat(s.read(ADVISER, id)).containsEntry("status", "CLOSED");
        assertConflict(s.withdraw(id, null, "SELECTION_ERROR"), "CLOSED", "WITHDRAWN", List.of());
    }

    @Test
    void reasonsComeFromTheFixedLists() {
        String id = s.sent(vacancy, List.of(a));
        assertInvalid(s.outcome(COMPANY, id, a, answer("DECLINED", null)), "reason");
        assertInvalid(s.outcome(COMPANY, id, a, answer("DECLINED", "SEEKER_UNAVAILABLE")), "reason");
        assertInvalid(s.outcome(COMPANY, id, a, answer("DECLINED", "OTHER")), "comment");
        assertInvalid(s.outcome(COMPANY, id, a, answer("INTERVIEW", "PROFILE_MISMATCH")), "reason");
        assertInvalid(s.withdraw(id, a, "NO_SHOW"), "reason");
        Map<String, Object> other = answer("DECLINED", "OTHER");
        other.put("comment", "Recrutement gelé jusqu'en mars");
        ok(s.outcome(COMPANY, id, a, other), HttpStatus.OK);
        assertThat(candidate(s.read(ADVISER, id), a)).containsEntry("comment", "Recrutement gelé jusqu'en mars");
    }

    @Test
    void aFixedTermHireNeedsItsEndDate() {
        String id = s.sent(vacancy, List.of(a));
        ok(s.outcome(COMPANY, id, a, answer("INTERVIEW", null)), HttpStatus.OK);
        assertInvalid(s.outcome(COMPANY, id, a, hired("CDD", LocalDate.now(DepartementTime.ZONE), null, 35)), "endDate");
        assertInvalid(s.outcome(COMPANY, id, a, hired("CDI", LocalDate.now(DepartementTime.ZONE), LocalDate.now(DepartementTime.ZONE).plusMonths(3), 35)), "endDate");
        assertThat(s.seekerRecord(a)).containsEntry("status", "ACTIVE");
        assertThat(candidate(s.read(ADVISER, id), a)).containsEntry("status", "INTERVIEW");
    }

    @Test
    void eachRoleDoesOnlyItsPart() {
        assertThat(s.create(vacancy, List.of(a)).code()).isEqualTo(HttpStatus.CREATED.getCode());
        // the adviser's second selection for the vacancy goes into the same draft (one open draft per vacancy)
        String id = (String) ok(s.create(vacancy, List.of(b)), HttpStatus.OK).get("id");
        assertThat(api.as(COMPANY, HttpRequest.POST("/api/v1/shortlists", Map.of("vacancyId", vacancy,
                "jobSeekerIds", List.of(a)))).code()).isEqualTo(HttpStatus.FORBIDDEN.getCode());
        assertThat(api.as(COMPANY, HttpRequest.POST("/api/v1/shortlists/" + id + "/send", Map.of())).code())
                .isEqualTo(HttpStatus.FORBIDDEN.getCode());
        assertThat(api.as("responsable", HttpRequest.POST("/api/v1/shortlists/" + id + "/send", Map.of())).code())
                .isEqualTo(HttpStatus.FORBIDDEN.getCode());
        ok(s.send(id), HttpStatus.OK);
        assertThat(s.outcome("responsable", id, b, answer("INTERVIEW", null)).code())
                .isEqualTo(HttpStatus.FORBIDDEN.getCode());
        assertThat(s.outcome(ADVISER, id, b, answer("INTERVIEW", null)).code())
                .as("an adviser records an answer on the employer's behalf only with a note")
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        Map<String, Object> onBehalf = answer("INTERVIEW", null);
        onBehalf.put("comment", "réponse donnée par téléphone");
        assertThat(s.outcome(ADVISER, id, b, onBehalf).code()).as("an adviser records an answer with a note")
                .isEqualTo(HttpStatus.OK.getCode());
    }

    @Test
    void theReasonsAreListedWithTheirUse() {
        HttpResponse<List> response = api.as(COMPANY, HttpRequest.GET("/api/v1/shortlists/reasons"), List.class);
        @SuppressWarnings("unchecked") List<Map<String, Object>> reasons = response.body();
        assertThat(reasons).filteredOn(r -> "NO_SHOW".equals(r.get("code"))).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("categories", List.of("DECLINE"))
                        .containsEntry("label", "Absence à l'entretien"));
        assertThat(reasons).filteredOn(r -> "OTHER".equals(r.get("code"))).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("categories", List.of("DECLINE", "WITHDRAWAL")));
    }

    @SuppressWarnings("unchecked")
    private static void assertConflict(HttpResponse<Map> response, String from, String to, List<String> allowed) {
        assertThat(response.code()).as("status of %s", response.getBody(Map.class).orElse(null))
                .isEqualTo(HttpStatus.CONFLICT.getCode());
        Map<String, Object> problem = body(response);
        assertThat(problem).containsEntry("from", from).containsEntry("to", to);
        assertThat((List<String>) problem.get("allowed")).containsExactlyElementsOf(allowed);
        assertThat((String) problem.get("detail")).contains(from, to);
        allowed.forEach(state -> assertThat((String) problem.get("detail")).contains(state));
    }

    private static void assertInvalid(HttpResponse<Map> response, String field) {
        assertThat(response.code()).as("status of %s", response.getBody(Map.class).orElse(null))
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        assertThat(errorFields(response)).contains(field);
    }
}
