package fr.tremplin.api.shortlist;

import fr.tremplin.api.support.ApiTest;
import fr.tremplin.api.support.MailBox;
import fr.tremplin.data.demo.DemoAccounts;
import fr.tremplin.data.mail.MailKind;
import fr.tremplin.data.mail.OutgoingMail;
import fr.tremplin.data.mail.OutgoingMailRepository;
import fr.tremplin.data.shortlist.FollowUpService;
import fr.tremplin.data.testing.MutableClock;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static fr.tremplin.api.shortlist.ShortlistScenario.ADVISER;
import static fr.tremplin.api.shortlist.ShortlistScenario.COMPANY;
import static fr.tremplin.api.shortlist.ShortlistScenario.answer;
import static fr.tremplin.api.shortlist.ShortlistScenario.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mails of the shortlists: a sent shortlist is mailed in French to the employer's users, an employer's answer to
 * the adviser who built it, and the reminder at day 7 to the employer users who did not turn reminders off.
 */
@MicronautTest(transactional = false)
@Property(name = "tremplin.shortlists.follow-up-enabled", value = "false")
@Property(name = "tremplin.test.mutable-clock", value = "true")
@Property(name = "tremplin.sessions.idle-timeout", value = "3650d")
@Property(name = "tremplin.sessions.absolute-lifetime", value = "3650d")
@Property(name = "tremplin.shortlists.reminder-after", value = "7d")
@Property(name = "tremplin.shortlists.expire-after", value = "14d")
class ShortlistMailsTest extends ApiTest {
    private static final String EMPLOYER_MAIL = DemoAccounts.email(COMPANY);
    private static final String ADVISER_MAIL = DemoAccounts.email(ADVISER);

    @Inject
    OutgoingMailRepository repository;
    @Inject
    FollowUpService followUps;
    @Inject
    MutableClock clock;

    private List<OutgoingMail> about(String recipient, MailKind kind, String shortlistId) {
        return new MailBox(repository).to(recipient, kind).stream().filter(m -> m.text().contains(shortlistId)).toList();
    }

    @Test
    void aSentShortlistIsMailedToTheEmployerAndItsAnswerToTheAdviser() {
        ShortlistScenario s = new ShortlistScenario(api);
        String vacancy = s.vacancy(COMPANY, 2, null);
        String first = s.seeker();
        String second = s.seeker();
        String id = s.draft(vacancy, List.of(first, second));
        assertThat(about(EMPLOYER_MAIL, MailKind.SHORTLIST_SENT, id)).as("nothing while a draft").isEmpty();
        ok(s.send(id), HttpStatus.OK);

        assertThat(about(EMPLOYER_MAIL, MailKind.SHORTLIST_SENT, id)).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("Tremplin : 2 candidatures proposées pour votre offre « Maçon (H/F) »");
            assertThat(m.text()).contains("Bonjour Entreprise démo", "2 candidatures pour votre offre « Maçon (H/F) »",
                    "/mes-selections/" + id, "sans nom ni coordonnées");
            assertThat(m.html()).contains("Maçon (H/F)", "href=\"http");
            String seekerName = (String) s.seekerRecord(first).get("lastName");
            assertThat(m.text() + m.html()).doesNotContain(seekerName);
        });
        assertThat(about(DemoAccounts.email(ShortlistScenario.GROUP), MailKind.SHORTLIST_SENT, id))
                .as("another employer's users hear nothing").isEmpty();

        ok(s.outcome(COMPANY, id, first, answer("INTERVIEW", null)), HttpStatus.OK);
        String company = (String) body(api.as(COMPANY, HttpRequest.GET("/api/v1/employers/" + s.employerId(COMPANY))))
                .get("name");
        assertThat(about(ADVISER_MAIL, MailKind.EMPLOYER_ANSWER, id)).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("Tremplin : réponse de " + company + " sur la sélection pour « Maçon (H/F) »");
            assertThat(m.text()).contains("Bonjour Camille Morel", company + " souhaite rencontrer la personne (entretien)",
                    "/selections/" + id);
        });
        ok(s.outcome(ADVISER, id, second, Map.of("outcome", "DECLINED", "reason", "SCHEDULE",
                "comment", "Réponse donnée par téléphone.")), HttpStatus.OK);
        assertThat(about(ADVISER_MAIL, MailKind.EMPLOYER_ANSWER, id)).as("an answer recorded by the adviser is not mailed")
                .hasSize(1);
    }

    @Test
    void theReminderOfDaySevenGoesToEmployersWhoKeepRemindersOn() {
        ShortlistScenario s = new ShortlistScenario(api);
        String reminded = s.sent(s.vacancy(COMPANY, 1, null), List.of(s.seeker()));
        clock.advance(Duration.ofDays(6));
        followUps.run();
        assertThat(about(EMPLOYER_MAIL, MailKind.SHORTLIST_REMINDER, reminded)).isEmpty();
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        followUps.run();
        assertThat(about(EMPLOYER_MAIL, MailKind.SHORTLIST_REMINDER, reminded)).singleElement().satisfies(m -> {
            assertThat(m.subject()).startsWith("Tremplin : rappel, des candidatures attendent votre réponse");
            assertThat(m.text()).contains("Une candidature attend votre réponse", "/mon-compte");
        });

        assertThat(body(api.as(COMPANY, HttpRequest.GET("/api/v1/me/mail-preferences"))))
                .containsEntry("shortlistReminders", true);
        try {
            assertThat(body(api.as(COMPANY, HttpRequest.PUT("/api/v1/me/mail-preferences",
                    Map.of("shortlistReminders", false))))).containsEntry("shortlistReminders", false);
            String quiet = s.sent(s.vacancy(COMPANY, 1, null), List.of(s.seeker()));
            assertThat(about(EMPLOYER_MAIL, MailKind.SHORTLIST_SENT, quiet)).as("new shortlists are still mailed").hasSize(1);
            clock.advance(Duration.ofDays(7).plusMinutes(1));
            followUps.run();
            assertThat(s.read(ADVISER, quiet).get("remindedAt")).as("the reminder itself is recorded").isNotNull();
            assertThat(about(EMPLOYER_MAIL, MailKind.SHORTLIST_REMINDER, quiet)).isEmpty();
        } finally {
            api.as(COMPANY, HttpRequest.PUT("/api/v1/me/mail-preferences", Map.of("shortlistReminders", true)));
        }
    }
}
