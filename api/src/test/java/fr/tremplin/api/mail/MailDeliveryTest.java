package fr.tremplin.api.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.tremplin.api.support.ApiTest;
import fr.tremplin.api.support.MailBox;
import fr.tremplin.data.mail.MailKind;
import fr.tremplin.data.mail.MailStatus;
import fr.tremplin.data.mail.OutgoingMail;
import fr.tremplin.data.mail.OutgoingMailRepository;
import fr.tremplin.data.testing.MutableClock;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sender against a real SMTP server in the test JVM (GreenMail): the queued French mails arrive with both bodies,
 * and while the server is down nothing is lost: the mail waits with a growing delay and is delivered once, when the
 * server is back. The scheduled job is off; the test runs the passes itself and moves the application clock.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "tremplin.test.mutable-clock", value = "true")
@Property(name = "tremplin.sessions.idle-timeout", value = "3650d")
@Property(name = "tremplin.sessions.absolute-lifetime", value = "3650d")
class MailDeliveryTest extends ApiTest implements TestPropertyProvider {
    private final int port = freePort();
    private GreenMail smtp = server();

    @Inject
    MailDelivery delivery;
    @Inject
    OutgoingMailRepository mails;
    @Inject
    MutableClock clock;

    @Override
    public Map<String, String> getProperties() {
        smtp.start();
        return Map.of("tremplin.smtp.host", "127.0.0.1", "tremplin.smtp.port", Integer.toString(port),
                "tremplin.smtp.from", "ne-pas-repondre@tremplin.example.org", "tremplin.smtp.starttls", "false",
                "tremplin.smtp.timeout", "3s", "tremplin.mail.first-retry", "1m", "tremplin.mail.max-retry", "10m",
                "tremplin.mail.base-url", "https://tremplin.example.org");
    }

    @AfterAll
    void stopServer() {
        smtp.stop();
    }

    private GreenMail server() {
        return new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String invite(String username) {
        Map<String, Object> body = Map.of("username", username, "displayName", "Chloé Bernard",
                "email", username + "@tremplin.example.org", "role", "UNIT_MANAGER", "employmentUnit", "SAINT-NAZAIRE");
        assertThat(api.as("admin", HttpRequest.POST("/api/v1/accounts", body)).code()).isEqualTo(201);
        return username + "@tremplin.example.org";
    }

    private List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new AssertionError(e);
            }
        }).toList();
    }

    /** The decoded parts of a message, each after its content type. */
    private static String content(jakarta.mail.Part part) throws Exception {
        Object content = part.getContent();
        if (content instanceof jakarta.mail.Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(content(multipart.getBodyPart(i))).append('\n');
            }
            return all.toString();
        }
        return part.getContentType() + "\n" + content;
    }

    /** Passes until the queue has nothing due (bounded: the queue of this test database is small). */
    private void drain() {
        for (int i = 0; i < 50 && delivery.deliverDue().sent() > 0; i++) {
            // next batch
        }
    }

    @Test
    void queuedMailsArriveInFrenchWithTextAndHtml() throws Exception {
        String address = invite("chloe-" + System.nanoTime());
        drain();
        List<MimeMessage> received = receivedBy(address);
        assertThat(received).hasSize(1);
        MimeMessage message = received.getFirst();
        assertThat(message.getSubject()).isEqualTo("Votre compte Tremplin : choisissez votre mot de passe");
        assertThat(message.getFrom()[0].toString()).contains("ne-pas-repondre@tremplin.example.org");
        assertThat(message.getContent()).isInstanceOf(MimeMultipart.class);
        String all = content(message);
        assertThat(all).contains("text/plain", "text/html");
        assertThat(message.getContentType()).containsIgnoringCase("multipart");
        java.util.regex.Matcher link = java.util.regex.Pattern
                .compile("https://tremplin.example.org/mot-de-passe\\?jeton=([A-Za-z0-9_-]{43})").matcher(all);
        assertThat(link.find()).as("the link in %s", all).isTrue();

        OutgoingMail stored = new MailBox(mails).to(address, MailKind.ACCOUNT_INVITATION).getFirst();
        assertThat(stored.status()).isEqualTo(MailStatus.SENT);
        assertThat(stored.sentAt()).isNotNull();
        assertThat(stored.attempts()).isEqualTo(1);
        assertThat(stored.text() + stored.html()).as("the delivered link is not kept").doesNotContain(link.group(1));
        assertThat(stored.text()).contains("jeton=retiré-après-envoi");
    }

    @Test
    void aStoppedServerDelaysTheMailWhichIsDeliveredOnceWhenItIsBack() throws Exception {
        drain();
        smtp.stop();
        String address;
        try {
            address = invite("hugo-" + System.nanoTime());
            MailDelivery.Pass failing = delivery.deliverDue();
            assertThat(failing.sent()).isZero();
            assertThat(failing.retried()).isPositive();
            OutgoingMail waiting = new MailBox(mails).to(address, MailKind.ACCOUNT_INVITATION).getFirst();
            assertThat(waiting.status()).isEqualTo(MailStatus.QUEUED);
            assertThat(waiting.attempts()).isEqualTo(1);
            assertThat(waiting.lastError()).contains("MailConnectException");
            assertThat(waiting.nextAttemptAt()).isAfter(clock.instant().plus(Duration.ofSeconds(50)));

            assertThat(delivery.deliverDue().retried()).as("not due before its delay").isZero();
            clock.advance(Duration.ofMinutes(1).plusSeconds(1));
            assertThat(delivery.deliverDue().retried()).as("second attempt, server still down").isPositive();
            OutgoingMail again = mails.findById(waiting.id()).orElseThrow();
            assertThat(again.attempts()).isEqualTo(2);
            assertThat(Duration.between(clock.instant(), again.nextAttemptAt()))
                    .as("the delay doubles").isBetween(Duration.ofSeconds(110), Duration.ofSeconds(121));
        } finally {
            smtp = server();
            smtp.start();
        }
        clock.advance(Duration.ofMinutes(3));
        drain();
        assertThat(receivedBy(address)).hasSize(1);
        assertThat(new MailBox(mails).to(address, MailKind.ACCOUNT_INVITATION).getFirst().status()).isEqualTo(MailStatus.SENT);
        drain();
        assertThat(receivedBy(address)).as("delivered once").hasSize(1);
    }
}
