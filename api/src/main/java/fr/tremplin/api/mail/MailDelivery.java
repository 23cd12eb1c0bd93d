package fr.tremplin.api.mail;

import fr.tremplin.data.mail.MailQueue;
import fr.tremplin.data.mail.OutgoingMail;
import io.micronaut.email.Contact;
import io.micronaut.email.Email;
import io.micronaut.email.javamail.sender.JavaxEmailSender;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;

/**
 * One pass of the sender: takes the due mails of the outbox (at most {@link MailSettings#batchSize()}), hands each to
 * Micronaut Email's Jakarta Mail sender, and records the outcome: SENT, or a new attempt after an exponential
 * backoff, or FAILED after {@link MailSettings#maxAttempts()}. A failing server costs at most one bounded attempt
 * per mail per pass; the actions that queued the mails never wait for it. Without an SMTP server, nothing is taken.
 */
@Singleton
public class MailDelivery {
    private static final Logger LOG = LoggerFactory.getLogger(MailDelivery.class);
    static final String SENDER_NAME = "Tremplin";

    private final MailQueue queue;
    private final SmtpSettings smtp;
    private final MailSettings settings;
    private final JavaxEmailSender sender;
    private final Clock clock;

    public MailDelivery(MailQueue queue, SmtpSettings smtp, MailSettings settings, JavaxEmailSender sender, Clock clock) {
        this.queue = queue;
        this.smtp = smtp;
        this.settings = settings;
        this.sender = sender;
        this.clock = clock;
    }

    /** What one pass did. */
    public record Pass(int sent, int retried, int failed) {
        static final Pass NOTHING = new Pass(0, 0, 0);
    }

    public boolean enabled() {
        return smtp.configured();
    }

    public Pass deliverDue() {
        if (!smtp.configured()) {
            return Pass.NOTHING;
        }
        int sent = 0;
        int retried = 0;
        int failed = 0;
        for (OutgoingMail mail : queue.claimDue(settings.batchSize(), settings.lease())) {
            try {
                sender.send(Email.builder().from(new Contact(smtp.from(), SENDER_NAME)).to(mail.recipient())
                        .subject(mail.subject()).body(mail.html(), mail.text()).build(), message -> { });
                queue.sent(mail);
                sent++;
            } catch (RuntimeException e) {
                boolean last = mail.attempts() >= settings.maxAttempts();
                Instant retryAt = last ? null : clock.instant().plus(settings.retryDelay(mail.attempts()));
                queue.failed(mail.id(), describe(e), retryAt);
                if (last) {
                    failed++;
                } else {
                    retried++;
                }
                // the mail's id and kind, never its address: the error text with the address stays in the database
                LOG.warn("Courriel {} ({}) non remis, tentative {}/{} : {}{}", mail.id(), mail.kind(), mail.attempts(),
                        settings.maxAttempts(), e.getClass().getSimpleName(),
                        last ? " ; abandon" : " ; nouvel essai à " + retryAt);
            }
        }
        return new Pass(sent, retried, failed);
    }

    /** The causes' types and messages (the server's answer may name the recipient's address, nothing else). */
    static String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = error; t != null && text.length() < 400; t = t.getCause() == t ? null : t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" ← ");
            }
            text.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                text.append(" : ").append(t.getMessage().replaceAll("\\s+", " ").strip());
            }
        }
        return text.toString();
    }
}
