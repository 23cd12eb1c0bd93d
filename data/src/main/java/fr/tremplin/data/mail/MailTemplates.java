package fr.tremplin.data.mail;

import java.util.Map;

/**
 * Writes the bodies of a mail from its kind's templates and a model of plain values (the api module renders them
 * with Thymeleaf, escaping every value in the HTML body; links are given as paths, the renderer prefixes them with
 * the service's public address).
 */
public interface MailTemplates {
    RenderedMail render(MailKind kind, Map<String, Object> model);
}
