package fr.tremplin.api.mail;

import fr.tremplin.data.mail.OutgoingMail;
import jakarta.inject.Singleton;

/** How people read a mail's state (admin page and API). */
@Singleton
public class MailStatusLabels {
    public static final String NO_SERVER = "non envoyé (pas de serveur SMTP)";

    private final SmtpSettings smtp;

    public MailStatusLabels(SmtpSettings smtp) {
        this.smtp = smtp;
    }

    public String of(OutgoingMail mail) {
        return switch (mail.status()) {
            case SENT -> "envoyé";
            case FAILED -> "échec définitif après " + mail.attempts() + " tentatives";
            case QUEUED -> !smtp.configured() ? NO_SERVER
                    : mail.attempts() == 0 ? "en attente d'envoi" : "en attente d'un nouvel essai (" + mail.attempts()
                    + (mail.attempts() == 1 ? " tentative)" : " tentatives)");
        };
    }
}
