package fr.tremplin.api.web.account;

import fr.tremplin.api.mail.MailStatusLabels;
import fr.tremplin.api.mail.SmtpSettings;
import fr.tremplin.api.web.WebPaths;
import fr.tremplin.api.web.layout.Pager;
import fr.tremplin.data.mail.MailQueue;
import fr.tremplin.data.mail.OutgoingMail;
import fr.tremplin.data.user.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mail outbox for administrators: the list (by recipient, newest first) and one mail's text, with its links
 * clickable; in the default run without an SMTP server this is where a newcomer reads an invitation.
 */
@Controller(WebPaths.MAILS)
@Secured(Role.ADMIN_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
public class MailPagesController {
    private static final int PAGE_SIZE = 25;
    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final MailQueue mails;
    private final MailStatusLabels labels;
    private final SmtpSettings smtp;

    public MailPagesController(MailQueue mails, MailStatusLabels labels, SmtpSettings smtp) {
        this.mails = mails;
        this.labels = labels;
        this.smtp = smtp;
    }

    /** One mail as the pages show it. */
    public record MailRow(String id, String to, String subject, String kind, String status, String statusLabel,
                          Instant createdAt, @Nullable Instant sentAt, int attempts, @Nullable String lastError) {
    }

    @Get
    @Produces(WebPaths.HTML)
    public ModelAndView<Map<String, Object>> list(@QueryValue @Nullable String a, @QueryValue(defaultValue = "0") int page) {
        Page<OutgoingMail> found = mails.list(a, Math.max(0, page), PAGE_SIZE);
        Map<String, Object> model = new HashMap<>();
        model.put("mails", found.getContent().stream().map(this::row).toList());
        model.put("a", a == null ? "" : a);
        model.put("smtp", smtp.configured());
        model.put("total", found.getTotalSize());
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("a", a == null ? "" : a);
        model.put("pager", Pager.of(found, WebPaths.MAILS, filters));
        return new ModelAndView<>("admin/mails", model);
    }

    @Get("/{id}")
    @Produces(WebPaths.HTML)
    public ModelAndView<Map<String, Object>> show(@PathVariable String id) {
        OutgoingMail mail = mails.get(id);
        Map<String, Object> model = new HashMap<>();
        model.put("mail", row(mail));
        model.put("text", mail.text());
        model.put("links", links(mail.text()));
        return new ModelAndView<>("admin/mail", model);
    }

    private MailRow row(OutgoingMail m) {
        return new MailRow(m.id(), m.recipient(), m.subject(), m.kind().name(), m.status().name(), labels.of(m),
                m.createdAt(), m.sentAt(), m.attempts(), m.lastError());
    }

    static List<String> links(String text) {
        Matcher m = LINK.matcher(text);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group());
        }
        return found.stream().distinct().toList();
    }
}
