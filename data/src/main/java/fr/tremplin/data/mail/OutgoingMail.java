package fr.tremplin.data.mail;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

/**
 * One mail of the outbox. {@code lastError} holds the SMTP failure (exception type and server message, which may name
 * the recipient's address and nothing else personal).
 */
@MappedEntity("outgoing_mail")
public record OutgoingMail(
        @Id String id,
        MailKind kind,
        String recipient,
        String subject,
        @MappedProperty("html_body") String html,
        @MappedProperty("text_body") String text,
        MailStatus status,
        int attempts,
        Instant nextAttemptAt,
        @Nullable String lastError,
        Instant createdAt,
        @Nullable Instant sentAt) {
}
