package fr.tremplin.api.alert;

import fr.tremplin.api.shortlist.ShortlistScenario;
import fr.tremplin.api.support.ApiTest;
import fr.tremplin.data.alert.AlertDigest;
import fr.tremplin.data.alert.AlertDigestJob;
import fr.tremplin.data.mail.MailKind;
import fr.tremplin.data.mail.MailQueue;
import fr.tremplin.data.mail.OutgoingMail;
import fr.tremplin.data.testing.MutableClock;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The daily digest of the alerts, turned on here (off by default): counts by kind, no names, once a day per adviser. */
@MicronautTest(transactional = false)
@Property(name = "tremplin.alerts.digest-enabled", value = "true")
@Property(name = "tremplin.alerts.digest-hour", value = "0")
@Property(name = "tremplin.alerts.digest-initial-delay", value = "1h")
@Property(name = "tremplin.test.mutable-clock", value = "true")
@Property(name = "tremplin.sessions.idle-timeout", value = "3650d")
@Property(name = "tremplin.sessions.absolute-lifetime", value = "3650d")
class AlertDigestTest extends ApiTest {
    private static final String ADVISER_MAIL = "conseiller@tremplin.example.org";

    @Inject
    AlertDigest digest;
    @Inject
    MailQueue mails;
    @Inject
    MutableClock clock;
    @Inject
    ApplicationContext context;

    @Test
    void eachAdviserGetsOneDigestADayWithCountsAndNoNames() {
        assertThat(context.containsBean(AlertDigestJob.class)).as("scheduled when enabled").isTrue();
        new ShortlistScenario(api).seeker(b -> b.firstName("Zéphyrine").lastName("Quintal"));
        clock.advance(Duration.ofDays(100));

        assertThat(digest.sendDue()).isPositive();
        List<OutgoingMail> digests = digestsTo(ADVISER_MAIL);
        assertThat(digests).singleElement().satisfies(m -> {
            assertThat(m.subject()).startsWith("Tremplin : ").contains("pour votre unité");
            assertThat(m.text()).contains("Sans proposition : ").contains("/alertes")
                    .doesNotContain("Zéphyrine").doesNotContain("Quintal");
            assertThat(m.html()).contains("Sans proposition");
        });

        digest.sendDue();
        assertThat(digestsTo(ADVISER_MAIL)).as("one a day").hasSize(1);
        clock.advance(Duration.ofDays(1));
        digest.sendDue();
        assertThat(digestsTo(ADVISER_MAIL)).as("the next day, the next one").hasSize(2);
    }

    private List<OutgoingMail> digestsTo(String to) {
        return mails.list(to, 0, 200).getContent().stream().filter(m -> m.kind() == MailKind.ALERT_DIGEST).toList();
    }
}
