package fr.tremplin.api.mail;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * {@code tremplin.smtp.*}, set by the {@code TREMPLIN_SMTP_*} environment variables (application.yml). Without a host
 * nothing is sent: mails stay QUEUED and are readable on the admin page.
 *
 * @param host     {@code TREMPLIN_SMTP_HOST} (string, default none): the SMTP server
 * @param port     {@code TREMPLIN_SMTP_PORT} (int, default 587)
 * @param user     {@code TREMPLIN_SMTP_USER} (string, default none): login, when the server asks for one
 * @param password {@code TREMPLIN_SMTP_PASSWORD} (string, default none)
 * @param from     {@code TREMPLIN_SMTP_FROM} (address, required with a host): the sender of every mail
 * @param starttls {@code TREMPLIN_SMTP_STARTTLS} (boolean, default true): require STARTTLS before sending
 * @param timeout  {@code tremplin.smtp.timeout} (duration, default 10s): connect, read and write timeout of one attempt
 */
@ConfigurationProperties("tremplin.smtp")
public record SmtpSettings(
        @Nullable String host,
        @Bindable(defaultValue = "587") int port,
        @Nullable String user,
        @Nullable String password,
        @Nullable String from,
        @Bindable(defaultValue = "true") boolean starttls,
        @Bindable(defaultValue = "10s") Duration timeout) {

    public SmtpSettings {
        if (host != null && !host.isBlank() && (from == null || from.isBlank())) {
            throw new IllegalArgumentException("TREMPLIN_SMTP_FROM (tremplin.smtp.from) est obligatoire avec"
                    + " TREMPLIN_SMTP_HOST : c'est l'adresse d'expédition des courriels.");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("TREMPLIN_SMTP_PORT (tremplin.smtp.port) doit être entre 1 et 65535, pas " + port);
        }
    }

    /** Whether a server is configured (otherwise mails stay queued). */
    public boolean configured() {
        return host != null && !host.isBlank();
    }

    public boolean authenticates() {
        return user != null && !user.isBlank();
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "SmtpSettings[host=" + host + ", port=" + port + ", user=" + user + ", starttls=" + starttls
                + ", from=" + from + "]";
    }
}
