package fr.tremplin.api.shortlist;

import fr.tremplin.data.testing.MutableClock;

import fr.tremplin.api.support.ApiTest;
import fr.tremplin.data.shortlist.FollowUpService;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static fr.tremplin.api.shortlist.ShortlistScenario.ADVISER;
import static fr.tremplin.api.shortlist.ShortlistScenario.COMPANY;
import static fr.tremplin.api.shortlist.ShortlistScenario.answer;
import static fr.tremplin.api.shortlist.ShortlistScenario.candidate;
import static fr.tremplin.api.shortlist.ShortlistScenario.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders and expiry, driven through {@link FollowUpService} with a clock the test moves forward
 * (reminder after 7 days, expiry after 14; the scheduled job is off).
 */
@MicronautTest(transactional = false)
@Property(name = "tremplin.shortlists.follow-up-enabled", value = "false")
@Property(name = "tremplin.test.mutable-clock", value = "true")
// the test clock jumps weeks ahead: sessions must outlive it (their own expiry is tested in SessionSecurityTest)
@Property(name = "tremplin.sessions.idle-timeout", value = "3650d")
@Property(name = "tremplin.sessions.absolute-lifetime", value = "3650d")
@Property(name = "tremplin.shortlists.reminder-after", value = "7d")
@Property(name = "tremplin.shortlists.expire-after", value = "14d")
class ShortlistFollowUpTest extends ApiTest {

    @Inject
    MutableClock clock;
    @Inject
    Clock applicationClock;
    @Inject
    FollowUpService followUps;

    @Test
    void theApplicationRunsOnTheTestClock() {
        assertThat(applicationClock).isSameAs(clock);
    }

    @Test
    void theEmployerIsRemindedThenUnansweredProposalsExpire() {
        ShortlistScenario s = new ShortlistScenario(api);
        String vacancy = s.vacancy(COMPANY, 3, null);
        String waiting = s.seeker();
        String viewed = s.seeker();
        String met = s.seeker();
        String id = s.sent(vacancy, List.of(waiting, viewed, met));
        ok(api.as(COMPANY, HttpRequest.GET("/api/v1/shortlists/" + id + "/candidates/" + s.alias(id, viewed))),
                HttpStatus.OK);
        Instant sentAt = Instant.parse((String) s.read(ADVISER, id).get("sentAt"));
        ok(s.outcome(COMPANY, id, met, answer("INTERVIEW", null)), HttpStatus.OK);
        assertThat(candidate(s.read(ADVISER, id), waiting)).containsEntry("status", "PROPOSED");

        clock.advance(Duration.ofDays(6));
        followUps.run();
        assertThat(s.read(ADVISER, id)).containsEntry("remindedAt", null);

        clock.advance(Duration.ofDays(1));
        followUps.run();
        Map<String, Object> reminded = s.read(ADVISER, id);
        assertThat(reminded.get("remindedAt")).isNotNull();
        assertThat(Instant.parse((String) reminded.get("answerDueAt"))).as("sent + 14 days, or reminder + 7 days")
                .isBetween(sentAt.plus(Duration.ofDays(14)), sentAt.plus(Duration.ofDays(14)).plusSeconds(60));
        assertThat(history(id)).filteredOn(h -> "REMINDER".equals(h.get("kind"))).singleElement()
                .satisfies(h -> assertThat(h).containsEntry("actorRole", "SYSTEM").containsEntry("jobSeekerId", null));
        followUps.run();
        assertThat(history(id)).filteredOn(h -> "REMINDER".equals(h.get("kind"))).hasSize(1);

        clock.advance(Duration.ofDays(6).plusHours(23));
        followUps.run();
        assertThat(candidate(s.read(ADVISER, id), waiting)).containsEntry("status", "PROPOSED");

        clock.advance(Duration.ofHours(1));
        followUps.run();
        Map<String, Object> expired = s.read(ADVISER, id);
        assertThat(candidate(expired, waiting)).containsEntry("status", "EXPIRED").containsEntry("reason", "NO_ANSWER");
        assertThat(candidate(expired, met)).containsEntry("status", "INTERVIEW");
        assertThat(expired).as("people still in interview keep the list open").containsEntry("status", "SENT");
        assertThat(history(id)).filteredOn(h -> waiting.equals(h.get("jobSeekerId")) && "EXPIRED".equals(h.get("to")))
                .singleElement().satisfies(h -> assertThat(h).containsEntry("from", "PROPOSED").containsEntry("actor", "système"));
    }

    @Test
    void viewedButUnansweredProposalsExpireTooAndTheListCloses() {
        ShortlistScenario s = new ShortlistScenario(api);
        String vacancy = s.vacancy(COMPANY, 2, null);
        String a = s.seeker();
        String b = s.seeker();
        String id = s.sent(vacancy, List.of(a, b));
        s.read(COMPANY, id); // both VIEWED
        ok(s.outcome(COMPANY, id, b, answer("DECLINED", "SCHEDULE")), HttpStatus.OK);
        clock.advance(Duration.ofDays(7));
        followUps.run();
        clock.advance(Duration.ofDays(7));
        followUps.run();
        Map<String, Object> after = s.read(ADVISER, id);
        assertThat(candidate(after, a)).containsEntry("status", "EXPIRED");
        assertThat(candidate(after, b)).containsEntry("status", "DECLINED");
        assertThat(after).containsEntry("status", "CLOSED");
        assertThat(s.outcome(COMPANY, id, a, answer("INTERVIEW", null)).code()).isEqualTo(HttpStatus.CONFLICT.getCode());
    }

    @Test
    void aLateReminderStillLeavesTheEmployerItsGracePeriod() {
        ShortlistScenario s = new ShortlistScenario(api);
        String vacancy = s.vacancy(COMPANY, 2, null);
        String a = s.seeker();
        String id = s.sent(vacancy, List.of(a));
        clock.advance(Duration.ofDays(30)); // the job did not run for a month
        followUps.run();
        Map<String, Object> reminded = s.read(ADVISER, id);
        assertThat(reminded.get("remindedAt")).isNotNull();
        assertThat(candidate(reminded, a)).as("reminded first, not expired").containsEntry("status", "PROPOSED");
        clock.advance(Duration.ofDays(6));
        followUps.run();
        assertThat(candidate(s.read(ADVISER, id), a)).containsEntry("status", "PROPOSED");
        clock.advance(Duration.ofDays(1));
        followUps.run();
        assertThat(candidate(s.read(ADVISER, id), a)).containsEntry("status", "EXPIRED");
    }

    @Test
    void answeredShortlistsAreNotReminded() {
        ShortlistScenario s = new ShortlistScenario(api);
        String vacancy = s.vacancy(COMPANY, 2, null);
        String a = s.seeker();
        String id = s.sent(vacancy, List.of(a));
        ok(s.outcome(COMPANY, id, a, answer("INTERVIEW", null)), HttpStatus.OK);
        clock.advance(Duration.ofDays(20));
        followUps.run();
        assertThat(s.read(ADVISER, id)).containsEntry("remindedAt", null);
        assertThat(candidate(s.read(ADVISER, id), a)).containsEntry("status", "INTERVIEW");
    }

    private List<Map<String, Object>> history(String id) {
        HttpResponse<List> response = api.as(ADVISER, HttpRequest.GET("/api/v1/shortlists/" + id + "/history"), List.class);
        @SuppressWarnings("unchecked") List<Map<String, Object>> body = response.body();
        return body;
    }
}
