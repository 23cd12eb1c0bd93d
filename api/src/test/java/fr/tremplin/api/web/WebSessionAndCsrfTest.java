package fr.tremplin.api.web;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The web session (JWT cookie beside the bearer header) and the CSRF protection of form posts. */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class WebSessionAndCsrfTest {
    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Inject
    @Client("/")
    HttpClient client;

    private HttpResponse<String> exchange(HttpRequest<?> request) {
        BlockingHttpClient http = client.toBlocking();
        try {
            return http.exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> response = (HttpResponse<String>) e.getResponse();
            return response;
        }
    }

    /** The login page's CSRF nonce cookie and token. */
    private String[] loginPage() {
        HttpResponse<String> page = exchange(HttpRequest.GET("/connexion").accept(MediaType.TEXT_HTML));
        Cookie nonce = page.getCookie("tremplin_csrf").orElseThrow();
        Matcher m = TOKEN.matcher(page.getBody(String.class).orElseThrow());
        assertThat(m.find()).as("a CSRF field in the login form").isTrue();
        return new String[]{nonce.getValue(), m.group(1)};
    }

    private HttpResponse<String> postLogin(String nonce, String token, String password) {
        return exchange(HttpRequest.POST("/connexion", "username=conseiller&password=" + password + "&_csrf=" + token)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).accept(MediaType.TEXT_HTML)
                .cookie(Cookie.of("tremplin_csrf", nonce)));
    }

    @Test
    void loginFormOpensACookieSessionThatPagesAndTheApiAccept() {
        String[] csrf = loginPage();
        HttpResponse<String> login = postLogin(csrf[0], csrf[1], "demo");
        assertThat(login.code()).isEqualTo(303);
        assertThat(login.header("Location")).isEqualTo("/personnes");
        Cookie session = login.getCookie("tremplin_session").orElseThrow();
        assertThat(session.isHttpOnly()).isTrue();

        HttpResponse<String> page = exchange(HttpRequest.GET("/personnes").accept(MediaType.TEXT_HTML).cookie(session));
        assertThat(page.code()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"fr\"").contains("Personnes accompagnées");
        HttpResponse<String> api = exchange(HttpRequest.GET("/api/v1/employment-units").cookie(session));
        assertThat(api.code()).isEqualTo(200);
    }

    @Test
    void wrongPasswordKeepsTheUsernameAndSaysWhyInFrench() {
        String[] csrf = loginPage();
        HttpResponse<String> login = postLogin(csrf[0], csrf[1], "nope");
        assertThat(login.code()).isEqualTo(422);
        assertThat(login.body()).contains("Identifiant ou mot de passe incorrect.").contains("value=\"conseiller\"");
        assertThat(login.getCookie("tremplin_session")).isEmpty();
    }

    @Test
    void formPostWithoutOrWithAForeignTokenIsRefused() {
        String[] csrf = loginPage();
        assertThat(postLogin(csrf[0], "", "demo").code()).isEqualTo(403);
        String[] other = loginPage();
        assertThat(postLogin(csrf[0], other[1], "demo").code()).as("a token minted for another browser").isEqualTo(403);
        HttpResponse<String> noCookie = exchange(HttpRequest.POST("/connexion", "username=conseiller&password=demo&_csrf=" + csrf[1])
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).accept(MediaType.TEXT_HTML));
        assertThat(noCookie.code()).isEqualTo(403);
        assertThat(noCookie.body()).contains("Formulaire expiré");
    }

    @Test
    void jsonLoginOfTheApiStillAnswersABearerToken() {
        HttpResponse<String> response = exchange(HttpRequest.POST("/login",
                Map.of("username", "conseiller", "password", "demo")));
        assertThat(response.code()).isEqualTo(200);
        assertThat(response.body()).contains("access_token");
    }

    @Test
    void aBrowserWithoutSessionIsSentToTheLoginPageAndComesBack() {
        HttpResponse<String> response = exchange(HttpRequest.GET("/personnes?q=Dia").accept(MediaType.TEXT_HTML));
        assertThat(response.code()).isEqualTo(303);
        assertThat(response.header("Location")).isEqualTo("/connexion?retour=%2Fpersonnes%3Fq%3DDia");
        assertThat(exchange(HttpRequest.GET("/api/v1/job-seekers")).code()).as("API clients keep their 401").isEqualTo(401);
    }

    @Test
    void anEmployerGetsTheFrenchForbiddenPage() {
        String[] csrf = loginPage();
        HttpResponse<String> login = exchange(HttpRequest.POST("/connexion", "username=entreprise&password=demo&_csrf=" + csrf[1])
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).cookie(Cookie.of("tremplin_csrf", csrf[0])));
        Cookie session = login.getCookie("tremplin_session").orElseThrow();
        HttpResponse<String> page = exchange(HttpRequest.GET("/personnes").accept(MediaType.TEXT_HTML).cookie(session));
        assertThat(page.code()).isEqualTo(403);
        assertThat(page.body()).contains("<h1>Accès refusé</h1>");
    }
}
