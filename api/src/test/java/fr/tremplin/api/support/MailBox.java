package fr.tremplin.api.support;

import fr.tremplin.api.web.csrf.CsrfTokens;
import fr.tremplin.data.mail.MailKind;
import fr.tremplin.data.mail.OutgoingMail;
import fr.tremplin.data.mail.OutgoingMailRepository;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.simple.SimpleHttpRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outbox as a test reads it: the mails of one address, the one-time link of a mail, and the password page that
 * link opens, submitted as a browser would (with the CSRF nonce cookie and token).
 */
public final class MailBox {
    private static final Pattern TOKEN = Pattern.compile("/mot-de-passe\\?jeton=([A-Za-z0-9_-]+)");
    private final OutgoingMailRepository mails;

    public MailBox(OutgoingMailRepository mails) {
        this.mails = mails;
    }

    public List<OutgoingMail> to(String recipient, MailKind kind) {
        return mails.findByRecipientOrderByCreatedAt(recipient).stream().filter(m -> m.kind() == kind).toList();
    }

    /** Waits (at most 10 s) for a mail of this kind to this address that satisfies {@code test}. */
    public OutgoingMail await(String recipient, MailKind kind, Predicate<OutgoingMail> test) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            List<OutgoingMail> found = to(recipient, kind).stream().filter(test).toList();
            if (!found.isEmpty()) {
                return found.getLast();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + kind + " mail to " + recipient + " within 10 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    public static String token(OutgoingMail mail) {
        Matcher m = TOKEN.matcher(mail.text());
        if (!m.find()) {
            throw new AssertionError("no one-time link in mail " + mail.id() + ":\n" + mail.text());
        }
        return m.group(1);
    }

    /** Submits the « choisir son mot de passe » form; returns status and Location. */
    public static HttpResponse<String> setPassword(BlockingHttpClient http, CsrfTokens csrf, String token,
                                                   String password, String confirmation) {
        String nonce = "test-" + UUID.randomUUID();
        SimpleHttpRequest<Object> browser = new SimpleHttpRequest<>(HttpMethod.GET, "/", null);
        browser.cookie(Cookie.of(CsrfTokens.COOKIE, nonce));
        String body = "jeton=" + enc(token) + "&password=" + enc(password) + "&confirmation=" + enc(confirmation)
                + "&" + CsrfTokens.FIELD + "=" + enc(csrf.tokenFor(browser));
        try {
            return http.exchange(HttpRequest.POST("/mot-de-passe", body).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                    .accept(MediaType.TEXT_HTML_TYPE).cookie(Cookie.of(CsrfTokens.COOKIE, nonce)), String.class);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> failed = (HttpResponse<String>) e.getResponse();
            return failed;
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

}
