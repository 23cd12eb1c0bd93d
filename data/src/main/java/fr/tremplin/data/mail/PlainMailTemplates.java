package fr.tremplin.data.mail;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.TreeMap;

/**
 * The bodies written when no real renderer is present (the data and indexer modules on their own, in their tests):
 * the model's values, one per line. The application replaces it with its Thymeleaf templates.
 */
@Singleton
@Secondary
public class PlainMailTemplates implements MailTemplates {
    @Override
    public RenderedMail render(MailKind kind, Map<String, Object> model) {
        StringBuilder text = new StringBuilder(kind.name()).append('\n');
        new TreeMap<>(model).forEach((k, v) -> text.append(k).append(" : ").append(v).append('\n'));
        String escaped = text.toString().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return new RenderedMail("<pre>" + escaped + "</pre>", text.toString());
    }
}
