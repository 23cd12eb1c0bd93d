package fr.tremplin.api.web;

import fr.tremplin.api.support.ApiTest;
import fr.tremplin.api.support.MailBox;
import fr.tremplin.api.web.csrf.CsrfTokens;
import fr.tremplin.data.mail.MailKind;
import fr.tremplin.data.mail.OutgoingMail;
import fr.tremplin.data.mail.OutgoingMailRepository;
import fr.tremplin.data.user.AppUserRepository;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.simple.SimpleHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account and mail pages as an administrator and an employer use them, server-side: create an adviser on
 * « Comptes », read the invitation on « Courriels », follow its link, choose a password, log in; deactivate; an
 * employer turns reminders off on « Mon compte ».
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class AccountPagesTest extends ApiTest {
    private static final String PASSWORD = "une phrase de passe assez longue";

    @Inject
    CsrfTokens csrf;
    @Inject
    WebSettings web;
    @Inject
    OutgoingMailRepository mails;
    @Inject
    AppUserRepository users;

    private HttpResponse<String> page(String username, String path) {
        return send(HttpRequest.GET(path).accept(MediaType.TEXT_HTML_TYPE)
                .cookie(Cookie.of(web.sessionCookie(), api.token(username))));
    }

    private HttpResponse<String> post(String username, String path, String form) {
        String token = api.token(username);
        String nonce = "test-" + UUID.randomUUID();
        SimpleHttpRequest<Object> browser = new SimpleHttpRequest<>(HttpMethod.GET, "/", null);
        browser.cookie(Cookie.of(CsrfTokens.COOKIE, nonce));
        browser.cookie(Cookie.of(web.sessionCookie(), token));
        String body = form + "&" + CsrfTokens.FIELD + "=" + URLEncoder.encode(csrf.tokenFor(browser), StandardCharsets.UTF_8);
        return send(HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .accept(MediaType.TEXT_HTML_TYPE).cookie(Cookie.of(CsrfTokens.COOKIE, nonce))
                .cookie(Cookie.of(web.sessionCookie(), token)));
    }

    private HttpResponse<String> send(HttpRequest<?> request) {
        try {
            return httpClient.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> failed = (HttpResponse<String>) e.getResponse();
            return failed;
        }
    }

    private static String text(HttpResponse<String> response) {
        return response.getBody(String.class).orElse("");
    }

    @Test
    void anAdministratorCreatesAnAdviserWhoFollowsTheInvitationAndLogsIn() {
        assertThat(text(send(HttpRequest.GET("/connexion").accept(MediaType.TEXT_HTML_TYPE))))
                .contains("Mot de passe oublié ?", "href=\"/mot-de-passe-oublie\"");
        assertThat(text(page("admin", "/administration"))).contains("id=\"lien-comptes\"", "id=\"lien-courriels\"")
                .doesNotContain("Bientôt");

        String username = "web-" + System.nanoTime();
        String email = username + "@tremplin.example.org";
        HttpResponse<String> missingUnit = post("admin", "/administration/comptes/nouveau", "username=" + username
                + "&displayName=Nora+Benali&email=" + email + "&role=ADVISER&employmentUnit=");
        assertThat(missingUnit.code()).isEqualTo(422);
        assertThat(text(missingUnit)).contains("Unité emploi : obligatoire pour un conseiller");

        HttpResponse<String> created = post("admin", "/administration/comptes/nouveau", "username=" + username
                + "&displayName=Nora+Benali&email=" + email + "&role=ADVISER&employmentUnit=NANTES-NORD");
        assertThat(created.code()).isEqualTo(303);
        assertThat(text(page("admin", created.header("Location")))).contains("Compte créé", username);

        assertThat(text(page("admin", "/administration/courriels?a=" + username)))
                .contains("Votre compte Tremplin : choisissez votre mot de passe", "non envoyé (pas de serveur SMTP)");
        OutgoingMail invitation = new MailBox(mails).to(email, MailKind.ACCOUNT_INVITATION).getFirst();
        String mailPage = text(page("admin", "/administration/courriels/" + invitation.id()));
        String token = MailBox.token(invitation);
        assertThat(mailPage).contains("class=\"lien-courriel\"", "/mot-de-passe?jeton=" + token, "Bonjour Nora Benali");

        assertThat(text(send(HttpRequest.GET("/mot-de-passe?jeton=" + token).accept(MediaType.TEXT_HTML_TYPE))))
                .contains("Choisir votre mot de passe", username);
        assertThat(MailBox.setPassword(httpClient.toBlocking(), csrf, token, PASSWORD, PASSWORD).code()).isEqualTo(303);
        assertThat(api.exchange(HttpRequest.POST("/login", Map.of("username", username, "password", PASSWORD)), Map.class)
                .code()).isEqualTo(200);

        String id = users.findByUsername(username).orElseThrow().id();
        assertThat(text(page("admin", "/administration/comptes/" + id + "/modifier"))).contains("Désactiver ce compte");
        HttpResponse<String> deactivated = post("admin", "/administration/comptes/" + id + "/desactiver", "");
        assertThat(deactivated.code()).isEqualTo(303);
        assertThat(text(page("admin", deactivated.header("Location")))).contains("Compte désactivé");
        assertThat(api.exchange(HttpRequest.POST("/login", Map.of("username", username, "password", PASSWORD)), Map.class)
                .code()).isEqualTo(401);
        assertThat(send(HttpRequest.GET("/mot-de-passe?jeton=" + token).accept(MediaType.TEXT_HTML_TYPE))
                .header("Location")).isEqualTo("/mot-de-passe-oublie?expire=1");
        assertThat(text(page("admin", "/mot-de-passe-oublie?expire=1"))).contains("est plus valable : il a déjà servi");
    }

    @Test
    void anEmployerTurnsRemindersOffOnMyAccount() {
        assertThat(text(page("entreprise", "/mon-compte"))).contains("entreprise@tremplin.example.org", "checked");
        try {
            assertThat(post("entreprise", "/mon-compte", "x=1").code()).isEqualTo(303);
            assertThat(body(api.as("entreprise", HttpRequest.GET("/api/v1/me/mail-preferences"))))
                    .containsEntry("shortlistReminders", false);
        } finally {
            post("entreprise", "/mon-compte", "relances=oui");
        }
        assertThat(body(api.as("entreprise", HttpRequest.GET("/api/v1/me/mail-preferences"))))
                .containsEntry("shortlistReminders", true);
        assertThat(page("conseiller", "/mon-compte").code()).isEqualTo(403);
    }
}
