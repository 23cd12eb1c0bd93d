package fr.tremplin.api.shortlist;

import fr.tremplin.api.support.JobSeekerRequestBuilder;
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
import java.util.UUID;

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
 * Consent and the employer's view: only consenting, available people are shortlisted; an employer sees
 * its own shortlists only, pseudonymised, and a person's contact details once it asked to meet them;
 * another employer's shortlists answer exactly like unknown ones; every share is recorded.
 */
@MicronautTest(transactional = false)
@Property(name = "tremplin.shortlists.follow-up-enabled", value = "false")
class ShortlistPrivacyTest extends ApiTest {

    private ShortlistScenario s;
    private String vacancy;

    @BeforeEach
    void scenario() {
        s = new ShortlistScenario(api);
        vacancy = s.vacancy(COMPANY, 2, null);
    }

    /**
     * Found by an exploratory check: an adviser read the name, e-mail and phone of other units' people through the
     * shortlists, while those people's records answered 403.
     */
    @Test
    @SuppressWarnings("unchecked")
    void anAdviserSeesTheContactDetailsOfTheirOwnUnitsPeopleOnly() {
        String own = s.seeker();
        HttpResponse<Map> other = api.as("admin", HttpRequest.POST("/api/v1/job-seekers",
                JobSeekerRequestBuilder.aJobSeeker().unit("NANTES-EST").build()));
        assertThat(other.code()).isEqualTo(201);
        String otherId = (String) body(other).get("id");
        assertThat(api.as(ADVISER, HttpRequest.GET("/api/v1/job-seekers/" + otherId)).code()).isEqualTo(403);
        HttpResponse<Map> created = s.create(vacancy, List.of(own, otherId));
        assertThat(created.code()).as("%s", body(created)).isEqualTo(201);
        String id = (String) body(created).get("id");
        for (String viewer : List.of(ADVISER, "responsable")) {
            Map<String, Object> list = body(api.as(viewer, HttpRequest.GET("/api/v1/shortlists/" + id)));
            assertThat(ShortlistScenario.candidate(list, own).get("contact")).as(viewer).isNotNull();
            Map<String, Object> stranger = ShortlistScenario.candidate(list, otherId);
            assertThat(stranger.get("contact")).as(viewer).isNull();
            assertThat((String) stranger.get("displayName")).endsWith(".");
        }
        Map<String, Object> asAdmin = body(api.as("admin", HttpRequest.GET("/api/v1/shortlists/" + id)));
        assertThat(ShortlistScenario.candidate(asAdmin, otherId).get("contact")).isNotNull();
    }

    @Test
    void aPersonWhoDidNotConsentCannotBeShortlisted() {
        String consenting = s.seeker();
        String refusing = s.seeker(b -> b.consent(false));
        HttpResponse<Map> response = s.create(vacancy, List.of(consenting, refusing));
        assertThat(response.code()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        assertThat(errorFields(response)).containsExactly("jobSeekerIds[1]");
        assertThat(body(response).toString()).contains("consentToShare");
    }

    @Test
    void onlyAvailableKnownPeopleNotYetProposedForTheVacancy() {
        String active = s.seeker();
        String placed = s.seeker(b -> b.status("PLACED"));
        String paused = s.seeker(b -> b.status("PAUSED"));
        s.sent(vacancy, List.of(active));
        HttpResponse<Map> response = s.create(vacancy, List.of(active, placed, paused, UUID.randomUUID().toString()));
        assertThat(response.code()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        assertThat(errorFields(response)).containsExactly("jobSeekerIds[0]", "jobSeekerIds[1]", "jobSeekerIds[2]",
                "jobSeekerIds[3]");
    }

    @Test
    void withdrawingConsentTakesThePersonOffADraftSoNothingIsSent() {
        String seeker = s.seeker();
        String id = s.draft(vacancy, List.of(seeker));
        Map<String, Object> record = s.seekerRecord(seeker);
        var update = fr.tremplin.api.support.JobSeekerRequestBuilder.aJobSeeker()
                .externalRef((String) record.get("externalRef")).consent(false)
                .version(((Number) record.get("version")).longValue()).build();
        ok(api.as(ADVISER, HttpRequest.PUT("/api/v1/job-seekers/" + seeker, update)), HttpStatus.OK);
        // the consent withdrawal closes the person's open proposals, drafts included: nobody is left to send
        assertThat(candidate(s.read(ADVISER, id), seeker))
                .containsEntry("status", "CLOSED").containsEntry("reason", "CONSENT_WITHDRAWN");
        HttpResponse<Map> send = s.send(id);
        assertThat(send.code()).isEqualTo(HttpStatus.CONFLICT.getCode());
        assertThat(s.read(ADVISER, id).get("status")).isNotEqualTo("SENT");
    }

    @Test
    void anotherEmployersShortlistAnswersLikeAnUnknownOne() {
        String seeker = s.seeker();
        String id = s.sent(vacancy, List.of(seeker));
        String unknown = UUID.randomUUID().toString();
        for (String path : List.of("", "/history", "/candidates/" + seeker)) {
            HttpResponse<Map> foreign = api.as(GROUP, HttpRequest.GET("/api/v1/shortlists/" + id + path));
            HttpResponse<Map> missing = api.as(GROUP, HttpRequest.GET("/api/v1/shortlists/" + unknown + path));
            assertThat(foreign.code()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
            assertThat(missing.code()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
            assertThat(((String) body(foreign).get("detail")).replace(id, "X"))
                    .isEqualTo(((String) body(missing).get("detail")).replace(unknown, "X"));
        }
        assertThat(s.outcome(GROUP, id, seeker, answer("INTERVIEW", null)).code()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
        assertThat(body(api.as(GROUP, HttpRequest.GET("/api/v1/shortlists?vacancy=" + vacancy)))).containsEntry("total", 0);
        assertThat(candidate(s.read(ADVISER, id), seeker)).containsEntry("status", "PROPOSED");
    }

    @Test
    void anEmployerDoesNotSeeADraft() {
        String id = s.draft(vacancy, List.of(s.seeker()));
        assertThat(api.as(COMPANY, HttpRequest.GET("/api/v1/shortlists/" + id)).code())
                .isEqualTo(HttpStatus.NOT_FOUND.getCode());
        assertThat(body(api.as(COMPANY, HttpRequest.GET("/api/v1/shortlists?vacancy=" + vacancy)))).containsEntry("total", 0);
    }

    @Test
    void anEmployerNeverReadsAFullProfileWhetherThePersonExistsOrNot() {
        String seeker = s.seeker();
        s.sent(vacancy, List.of(seeker));
        HttpResponse<Map> existing = api.as(COMPANY, HttpRequest.GET("/api/v1/job-seekers/" + seeker));
        HttpResponse<Map> missing = api.as(COMPANY, HttpRequest.GET("/api/v1/job-seekers/" + UUID.randomUUID()));
        assertThat(existing.code()).isEqualTo(HttpStatus.FORBIDDEN.getCode());
        assertThat(missing.code()).isEqualTo(HttpStatus.FORBIDDEN.getCode());
        assertThat(api.as(COMPANY, HttpRequest.GET("/api/v1/profile-shares?jobSeeker=" + seeker)).code())
                .isEqualTo(HttpStatus.FORBIDDEN.getCode());
    }

    @Test
    void contactDetailsOnlyForThePeopleTheEmployerAskedToMeet() {
        String met = s.seeker(b -> b.firstName("Yasmine").lastName("Benali"));
        String other = s.seeker(b -> b.firstName("Hugo").lastName("Le Floch"));
        String id = s.sent(vacancy, List.of(met, other));
        Map<String, Object> before = s.read(COMPANY, id);
        assertThat(before.toString()).doesNotContain("Benali", "Floch", "amina@example.org");
        assertThat(candidate(before, met)).containsEntry("displayName", "Yasmine B.").containsEntry("contact", null);

        ok(s.outcome(COMPANY, id, met, answer("INTERVIEW", null)), HttpStatus.OK);
        Map<String, Object> after = s.read(COMPANY, id);
        @SuppressWarnings("unchecked") Map<String, Object> contact = (Map<String, Object>) candidate(after, met).get("contact");
        assertThat(contact).containsEntry("firstName", "Yasmine").containsEntry("lastName", "Benali")
                .containsEntry("email", "amina@example.org").containsEntry("phone", "0600000000")
                .doesNotContainKey("birthDate");
        assertThat(candidate(after, other).get("contact")).isNull();
        assertThat(after.toString()).doesNotContain("Floch");

        ok(s.withdraw(id, other, "SEEKER_UNAVAILABLE"), HttpStatus.OK);
        assertThat(candidate(s.read(COMPANY, id), other).get("profile")).as("a withdrawn proposal shows nothing more")
                .isNull();
    }

    @Test
    void everyShareIsRecordedWithItsBasisDateAndRecipient() {
        String seeker = s.seeker();
        String id = s.sent(vacancy, List.of(seeker));
        ok(s.outcome(COMPANY, id, seeker, answer("INTERVIEW", null)), HttpStatus.OK);
        Map<String, Object> page = ok(api.as(ADVISER, HttpRequest.GET("/api/v1/profile-shares?jobSeeker=" + seeker)),
                HttpStatus.OK);
        assertThat(page).containsEntry("total", 2);
        String employer = s.employerId(COMPANY);
        assertThat(list(page, "items")).extracting(i -> i.get("level")).containsExactly("CONTACT", "PSEUDONYMISED");
        assertThat(list(page, "items")).allSatisfy(i -> {
            assertThat(i).containsEntry("recipientEmployerId", employer).containsEntry("shortlistId", id)
                    .containsEntry("consentBasis", "CONSENT_TO_SHARE");
            assertThat(i.get("sharedAt")).isNotNull();
        });
        assertThat(list(page, "items").get(0)).containsEntry("sharedBy", COMPANY);
        assertThat(list(page, "items").get(1)).containsEntry("sharedBy", ADVISER);
    }

    @Test
    void anEmployerGroupSeesAllItsVacanciesAtOnce() {
        String first = s.vacancy(GROUP, 4, null);
        String second = s.vacancy(GROUP, 2, null);
        String a = s.seeker();
        String b = s.seeker();
        String one = s.sent(first, List.of(a, b));
        String two = s.sent(second, List.of(a));
        Map<String, Object> page = ok(api.as(GROUP, HttpRequest.GET("/api/v1/shortlists?size=200")), HttpStatus.OK);
        assertThat(list(page, "items")).extracting(i -> i.get("id")).contains(one, two);
        String group = s.employerId(GROUP);
        assertThat(list(page, "items")).allSatisfy(i -> assertThat(i).containsEntry("employerId", group));
        HttpResponse<List> overview = api.as(GROUP, HttpRequest.GET("/api/v1/shortlists/overview"), List.class);
        @SuppressWarnings("unchecked") List<Map<String, Object>> rows = overview.body();
        assertThat(rows).filteredOn(r -> first.equals(r.get("vacancyId"))).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("awaitingAnswer", 2).containsEntry("shortlists", 1));
        assertThat(rows).filteredOn(r -> second.equals(r.get("vacancyId"))).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("awaitingAnswer", 1));
        assertThat(rows).noneMatch(r -> vacancy.equals(r.get("vacancyId")));
    }

    @Test
    void anEmployerSeesOnlyItsOwnPlacementsWithoutThePublics() {
        String seeker = s.seeker();
        String id = s.sent(vacancy, List.of(seeker));
        ok(s.outcome(COMPANY, id, seeker, answer("INTERVIEW", null)), HttpStatus.OK);
        Map<String, Object> hire = ok(s.outcome(COMPANY, id, seeker, hired("CDI", LocalDate.now(DepartementTime.ZONE).plusDays(3), null, 35)),
                HttpStatus.OK);
        @SuppressWarnings("unchecked") String placement = (String) ((Map<String, Object>) hire.get("placement")).get("id");
        assertThat(ok(api.as(COMPANY, HttpRequest.GET("/api/v1/placements/" + placement)), HttpStatus.OK))
                .containsEntry("publics", null);
        assertThat(ok(api.as(ADVISER, HttpRequest.GET("/api/v1/placements/" + placement)), HttpStatus.OK).get("publics"))
                .asList().contains("RSA");
        assertThat(api.as(GROUP, HttpRequest.GET("/api/v1/placements/" + placement)).code())
                .isEqualTo(HttpStatus.NOT_FOUND.getCode());
        Map<String, Object> groupPage = ok(api.as(GROUP, HttpRequest.GET("/api/v1/placements?size=200")), HttpStatus.OK);
        assertThat(list(groupPage, "items")).noneMatch(p -> placement.equals(p.get("id")));
        Map<String, Object> vacancyAfter = s.vacancyRecord(vacancy);
        assertThat(vacancyAfter).containsEntry("status", "OPEN").containsEntry("positions", 1);
    }
}
