package fr.tremplin.api.mail;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.email.javamail.sender.DefaultSessionProvider;
import io.micronaut.email.javamail.sender.SessionProvider;
import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;

import java.util.Properties;

/**
 * The Jakarta Mail session of Micronaut Email's sender, built from {@link SmtpSettings}: bounded connect, read and
 * write timeouts (an unreachable or stalled server fails the attempt, it never hangs the sender), STARTTLS required
 * when asked, login when a user is set.
 */
@Singleton
@Replaces(DefaultSessionProvider.class)
public class SmtpSessionProvider implements SessionProvider {
    private final SmtpSettings settings;
    private volatile Session session;

    public SmtpSessionProvider(SmtpSettings settings) {
        this.settings = settings;
    }

    @Override
    public Session session() {
        Session s = session;
        if (s == null) {
            s = build();
            session = s;
        }
        return s;
    }

    private Session build() {
        Properties p = new Properties();
        String millis = Long.toString(settings.timeout().toMillis());
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", settings.host() == null ? "" : settings.host());
        p.put("mail.smtp.port", Integer.toString(settings.port()));
        p.put("mail.smtp.connectiontimeout", millis);
        p.put("mail.smtp.timeout", millis);
        p.put("mail.smtp.writetimeout", millis);
        p.put("mail.smtp.from", settings.from() == null ? "" : settings.from());
        if (settings.starttls()) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        if (!settings.authenticates()) {
            return Session.getInstance(p);
        }
        p.put("mail.smtp.auth", "true");
        String user = settings.user();
        String password = settings.password() == null ? "" : settings.password();
        return Session.getInstance(p, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, password);
            }
        });
    }
}
