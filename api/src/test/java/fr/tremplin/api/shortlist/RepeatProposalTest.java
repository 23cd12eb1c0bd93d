package fr.tremplin.api.shortlist;

import fr.tremplin.api.support.ApiTest;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.tremplin.api.shortlist.ShortlistScenario.ADVISER;
import static fr.tremplin.api.shortlist.ShortlistScenario.COMPANY;
import static fr.tremplin.api.shortlist.ShortlistScenario.answer;
import static fr.tremplin.api.shortlist.ShortlistScenario.list;
import static fr.tremplin.api.shortlist.ShortlistScenario.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * No repeated proposals by accident: a person already sent for the vacancy, or declined by the employer in the last
 * months, answers 409 (a French problem naming the person) until the adviser confirms with {@code confirm=true};
 * and one open draft per vacancy and adviser, that new people are added to.
 */
@MicronautTest(transactional = false)
@Property(name = "tremplin.shortlists.follow-up-enabled", value = "false")
class RepeatProposalTest extends ApiTest {
    private ShortlistScenario s;

    @BeforeEach
    void scenario() {
        s = new ShortlistScenario(api);
    }

    @Test
    void aPersonDeclinedForThisVacancyNeedsAConfirmationToBeProposedAgain() {
        String vacancy = s.vacancy(COMPANY, 2, null);
        String person = s.seeker();
        String first = s.sent(vacancy, List.of(person));
        ok(s.outcome(COMPANY, first, person, answer("DECLINED", "MISSING_SKILLS")), HttpStatus.OK);

        HttpResponse<Map> again = s.create(vacancy, List.of(person));

        assertThat(again.code()).isEqualTo(409);
        assertThat(again.getContentType().map(Object::toString)).hasValue("application/problem+json");
        Map<String, Object> problem = body(again);
        assertThat((String) problem.get("detail")).contains("confirm=true").contains("déjà été proposées");
        assertThat(list(problem, "errors")).singleElement().satisfies(e -> {
            assertThat(e.get("field")).isEqualTo("jobSeekerIds[0]");
            assertThat((String) e.get("message")).contains(person).contains("déjà été proposée pour cette offre")
                    .contains("non retenue par l'employeur").doesNotContain("DECLINED");
        });

        HttpResponse<Map> confirmed = api.as(ADVISER, HttpRequest.POST("/api/v1/shortlists?confirm=true",
                request(vacancy, List.of(person))));
        assertThat(ok(confirmed, HttpStatus.CREATED)).containsEntry("status", "DRAFT");
    }

    @Test
    void aPersonThisEmployerDeclinedRecentlyIsFlaggedOnItsOtherVacanciesToo() {
        String person = s.seeker();
        String fresh = s.seeker();
        String declinedOn = s.vacancy(COMPANY, 1, null);
        String shortlist = s.sent(declinedOn, List.of(person));
        ok(s.outcome(COMPANY, shortlist, person, answer("DECLINED", "MISSING_SKILLS")), HttpStatus.OK);
        String other = s.vacancy(COMPANY, 1, null);

        HttpResponse<Map> refused = s.create(other, List.of(fresh, person));

        assertThat(refused.code()).isEqualTo(409);
        assertThat(list(body(refused), "errors")).singleElement().satisfies(e -> {
            assertThat(e.get("field")).isEqualTo("jobSeekerIds[1]");
            assertThat((String) e.get("message")).contains("refusée par cet employeur le");
        });
        assertThat(body(api.as(ADVISER, HttpRequest.GET("/api/v1/shortlists?vacancy=" + other))).get("total"))
                .as("nothing was created").isEqualTo(0);

        HttpResponse<Map> confirmed = api.as(ADVISER, HttpRequest.POST("/api/v1/shortlists?confirm=true",
                request(other, List.of(fresh, person))));
        assertThat(list(ok(confirmed, HttpStatus.CREATED), "candidates")).hasSize(2);
    }

    @Test
    void aSecondSelectionForTheSameVacancyAddsToTheOpenDraft() {
        String vacancy = s.vacancy(COMPANY, 2, null);
        String first = s.seeker();
        String second = s.seeker();
        String draft = s.draft(vacancy, List.of(first));

        HttpResponse<Map> more = s.create(vacancy, List.of(second));

        Map<String, Object> shortlist = ok(more, HttpStatus.OK);
        assertThat(shortlist.get("id")).isEqualTo(draft);
        assertThat(more.getHeaders().get("Location")).isEqualTo("/api/v1/shortlists/" + draft);
        assertThat(list(shortlist, "candidates")).extracting(c -> c.get("jobSeekerId")).containsExactly(first, second);
        assertThat(body(api.as(ADVISER, HttpRequest.GET("/api/v1/shortlists?vacancy=" + vacancy + "&status=DRAFT")))
                .get("total")).isEqualTo(1);

        // once sent, the next selection is a new draft
        ok(s.send(draft), HttpStatus.OK);
        String third = s.seeker();
        assertThat(ok(s.create(vacancy, List.of(third)), HttpStatus.CREATED).get("id")).isNotEqualTo(draft);
    }

    @Test
    void addingADeclinedPersonToADraftNeedsTheConfirmationToo() {
        String vacancy = s.vacancy(COMPANY, 2, null);
        String person = s.seeker();
        String first = s.sent(vacancy, List.of(person));
        ok(s.outcome(COMPANY, first, person, answer("DECLINED", "MISSING_SKILLS")), HttpStatus.OK);
        String draft = s.draft(vacancy, List.of(s.seeker()));

        HttpResponse<Map> refused = api.as(ADVISER, HttpRequest.POST("/api/v1/shortlists/" + draft + "/candidates",
                Map.of("jobSeekerIds", List.of(person))));
        assertThat(refused.code()).isEqualTo(409);
        assertThat(errorFields(refused)).containsExactly("jobSeekerIds[0]");

        HttpResponse<Map> confirmed = api.as(ADVISER, HttpRequest.POST("/api/v1/shortlists/" + draft
                + "/candidates?confirm=true", Map.of("jobSeekerIds", List.of(person))));
        assertThat(list(ok(confirmed, HttpStatus.OK), "candidates")).hasSize(2);
    }

    private static Map<String, Object> request(String vacancyId, List<String> seekerIds) {
        Map<String, Object> request = new HashMap<>();
        request.put("vacancyId", vacancyId);
        request.put("jobSeekerIds", seekerIds);
        return request;
    }
}
