package fr.tremplin.api.mail;

import fr.tremplin.api.common.PageResponse;
import fr.tremplin.api.common.Paging;
import fr.tremplin.data.mail.MailQueue;
import fr.tremplin.data.mail.OutgoingMail;
import fr.tremplin.data.user.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.validation.Validated;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.time.Instant;

/** The mail outbox for administrators: what the service sent or queued, newest first. */
@Controller("/api/v1/admin/outgoing-mails")
@Secured(Role.ADMIN_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
@Validated
@Tag(name = "Administration")
public class OutgoingMailController {
    private final MailQueue mails;
    private final MailStatusLabels labels;

    public OutgoingMailController(MailQueue mails, MailStatusLabels labels) {
        this.mails = mails;
        this.labels = labels;
    }

    /** One mail of the list. */
    @Serdeable
    public record MailSummary(String id, String to, String subject, String status, Instant createdAt,
                              @Nullable Instant sentAt, String kind) {
        static MailSummary of(OutgoingMail m) {
            return new MailSummary(m.id(), m.recipient(), m.subject(), m.status().name(), m.createdAt(), m.sentAt(),
                    m.kind().name());
        }
    }

    /** One mail in full: its state in words, its attempts and last error, its two bodies. */
    @Serdeable
    public record MailDetail(String id, String to, String subject, String status, String statusLabel,
                             Instant createdAt, @Nullable Instant sentAt, String kind, int attempts,
                             Instant nextAttemptAt, @Nullable String lastError, String text, String html) {
    }

    @Operation(summary = "Courriels envoyés ou en attente (to : partie de l'adresse du destinataire)")
    @Get
    public PageResponse<MailSummary> list(
            @QueryValue @Nullable String to,
            @QueryValue(defaultValue = "0") @Min(value = 0, message = Paging.PAGE_MESSAGE) int page,
            @QueryValue(defaultValue = "20") @Min(value = 1, message = Paging.SIZE_MESSAGE)
            @Max(value = Paging.MAX_SIZE, message = Paging.SIZE_MESSAGE) int size) {
        return PageResponse.of(mails.list(to, page, size), MailSummary::of);
    }

    @Operation(summary = "Lire un courriel (texte et HTML ; le lien à usage unique est retiré une fois le courriel remis)")
    @Get("/{id}")
    public MailDetail get(@PathVariable String id) {
        OutgoingMail m = mails.get(id);
        return new MailDetail(m.id(), m.recipient(), m.subject(), m.status().name(), labels.of(m), m.createdAt(),
                m.sentAt(), m.kind().name(), m.attempts(), m.nextAttemptAt(), m.lastError(), m.text(), m.html());
    }
}
