package fr.tremplin.data.mail;

import fr.tremplin.data.common.Ids;
import fr.tremplin.data.common.NotFoundException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The mail outbox ({@code outgoing_mail}). {@link #queue} joins the transaction of the event the mail tells about
 * (it refuses to run outside one), so a mail exists if and only if its event committed. The sender claims due mails
 * for a lease ({@link #claimDue}), sends them outside any transaction, then records the result: at least once
 * delivery, several nodes never claim the same mail at the same time ({@code FOR UPDATE SKIP LOCKED}).
 */
@Singleton
public class MailQueue {
    /** Longest error text kept. */
    public static final int ERROR_MAX = 500;
    /** The one-time token in a link ({@code ?jeton=...}), removed from the stored copy once the mail is delivered. */
    private static final Pattern SECRET = Pattern.compile("jeton=[A-Za-z0-9_-]+");
    static final String REMOVED = "jeton=retiré-après-envoi";

    private final OutgoingMailRepository mails;
    private final MailTemplates templates;
    private final JdbcOperations jdbc;
    private final Clock clock;

    public MailQueue(OutgoingMailRepository mails, MailTemplates templates, JdbcOperations jdbc, Clock clock) {
        this.mails = mails;
        this.templates = templates;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Renders and queues a mail in the caller's transaction. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public OutgoingMail queue(MailKind kind, String recipient, String subject, Map<String, Object> model) {
        RenderedMail body = templates.render(kind, model);
        Instant now = clock.instant();
        return mails.save(new OutgoingMail(Ids.newId(), kind, recipient, cut(subject, 300), body.html(), body.text(),
                MailStatus.QUEUED, 0, now, null, now, null));
    }

    /**
     * Takes up to {@code max} due mails (QUEUED, next attempt reached), oldest first: each one's attempt count goes up
     * and its next attempt moves {@code lease} ahead, so that no other sender takes it meanwhile and a sender that
     * dies mid-way leaves it to be retried.
     */
    @Transactional
    public List<OutgoingMail> claimDue(int max, Duration lease) {
        Instant now = clock.instant();
        List<String> ids = jdbc.prepareStatement("SELECT id FROM outgoing_mail WHERE status = 'QUEUED'"
                + " AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED", ps -> {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setInt(2, max);
            List<String> found = new ArrayList<>();
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
            return found;
        });
        List<OutgoingMail> claimed = new ArrayList<>();
        for (String id : ids) {
            jdbc.prepareStatement("UPDATE outgoing_mail SET attempts = attempts + 1, next_attempt_at = ? WHERE id = ?",
                    ps -> {
                        ps.setTimestamp(1, Timestamp.from(now.plus(lease)));
                        ps.setString(2, id);
                        return ps.executeUpdate();
                    });
            mails.findById(id).ifPresent(claimed::add);
        }
        return claimed;
    }

    /** The SMTP server accepted the mail; a mail with a one-time link keeps no usable copy of it. */
    @Transactional
    public void sent(OutgoingMail mail) {
        Instant now = clock.instant();
        String html = mail.kind().carriesSecret() ? redact(mail.html()) : mail.html();
        String text = mail.kind().carriesSecret() ? redact(mail.text()) : mail.text();
        jdbc.prepareStatement("UPDATE outgoing_mail SET status = 'SENT', sent_at = ?, last_error = NULL,"
                + " html_body = ?, text_body = ? WHERE id = ?", ps -> {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setString(2, html);
            ps.setString(3, text);
            ps.setString(4, mail.id());
            return ps.executeUpdate();
        });
    }

    /**
     * The attempt failed: the mail waits until {@code retryAt}, or is given up (FAILED) when {@code retryAt} is null.
     */
    @Transactional
    public void failed(String id, String error, @Nullable Instant retryAt) {
        jdbc.prepareStatement("UPDATE outgoing_mail SET status = ?, next_attempt_at = COALESCE(?, next_attempt_at),"
                + " last_error = ? WHERE id = ?", ps -> {
            ps.setString(1, (retryAt == null ? MailStatus.FAILED : MailStatus.QUEUED).name());
            ps.setTimestamp(2, retryAt == null ? null : Timestamp.from(retryAt));
            ps.setString(3, cut(error, ERROR_MAX));
            ps.setString(4, id);
            return ps.executeUpdate();
        });
    }

    /** Deletes the delivered and failed mails created before {@code now - keep}; queued ones stay. */
    @Transactional
    public int purgeOlderThan(Duration keep) {
        return jdbc.prepareStatement("DELETE FROM outgoing_mail WHERE status <> 'QUEUED' AND created_at < ?", ps -> {
            ps.setTimestamp(1, Timestamp.from(clock.instant().minus(keep)));
            return ps.executeUpdate();
        });
    }

    /** Newest first; {@code to}: part of the recipient's address, or null for all. */
    @ReadOnly
    public Page<OutgoingMail> list(@Nullable String to, int page, int size) {
        Pageable pageable = Pageable.from(page, size, Sort.of(Sort.Order.desc("createdAt"), Sort.Order.desc("id")));
        return to == null || to.isBlank() ? mails.findAll(pageable) : mails.findByRecipientContains(to.strip(), pageable);
    }

    @ReadOnly
    public OutgoingMail get(String id) {
        return mails.findById(id).orElseThrow(() -> new NotFoundException("Le courriel", id));
    }

    static String redact(String body) {
        return SECRET.matcher(body).replaceAll(REMOVED);
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
