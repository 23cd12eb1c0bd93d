package fr.tremplin.api.mail;

import fr.tremplin.data.mail.MailKind;
import fr.tremplin.data.mail.MailTemplates;
import fr.tremplin.data.mail.RenderedMail;
import io.micronaut.context.BeanProvider;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The French bodies of the mails, from {@code mails/<kind>.html} (HTML mode: every value escaped) and
 * {@code mails/<kind>.txt} (text mode), with {@code baseUrl} (the service's public address) added to the model.
 */
@Singleton
public class ThymeleafMailTemplates implements MailTemplates {
    private final TemplateEngine html = engine(TemplateMode.HTML, ".html");
    private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");
    private final MailSettings settings;
    private final BeanProvider<EmbeddedServer> server;

    public ThymeleafMailTemplates(MailSettings settings, BeanProvider<EmbeddedServer> server) {
        this.settings = settings;
        this.server = server;
    }

    @Override
    public RenderedMail render(MailKind kind, Map<String, Object> model) {
        Map<String, Object> values = new HashMap<>(model);
        values.put("baseUrl", baseUrl());
        Context context = new Context(Locale.FRANCE, values);
        return new RenderedMail(html.process(kind.template(), context), text.process(kind.template(), context));
    }

    /** {@code TREMPLIN_PUBLIC_URL}, else this server's own address. */
    String baseUrl() {
        String configured = settings.baseUrl();
        if (configured != null && !configured.isBlank()) {
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        return server.find(null).filter(EmbeddedServer::isRunning).map(s -> "http://localhost:" + s.getPort())
                .orElse("http://localhost:8080");
    }

    private static TemplateEngine engine(TemplateMode mode, String suffix) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(ThymeleafMailTemplates.class.getClassLoader());
        resolver.setPrefix("mails/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
