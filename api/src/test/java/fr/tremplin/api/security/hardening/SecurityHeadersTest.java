package fr.tremplin.api.security.hardening;

import fr.tremplin.api.support.ApiTest;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** One filter sets the security headers on pages, API answers and errors; templates hold no inline script. */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class SecurityHeadersTest extends ApiTest {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private HttpResponse<String> web(HttpRequest<?> request) {
        try {
            return httpClient.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> response = (HttpResponse<String>) e.getResponse();
            return response;
        }
    }

    private static void assertSecurityHeaders(HttpResponse<?> response, boolean noStore) {
        String csp = response.header("Content-Security-Policy");
        assertThat(csp).contains("default-src 'self'").contains("script-src 'self'").contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
        if (noStore) {
            assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        }
    }

    @Test
    void theLoginPageThePeoplePageAndTheApiCarryTheHeaders() {
        HttpResponse<String> loginPage = web(HttpRequest.GET("/connexion").accept(MediaType.TEXT_HTML));
        assertThat(loginPage.code()).isEqualTo(200);
        assertSecurityHeaders(loginPage, true);
        assertThat(loginPage.header("Strict-Transport-Security")).as("plain HTTP: no HSTS").isNull();

        Cookie nonce = loginPage.getCookie("tremplin_csrf").orElseThrow();
        Matcher m = CSRF.matcher(loginPage.body());
        assertThat(m.find()).isTrue();
        HttpResponse<String> login = web(HttpRequest.POST("/connexion", "username=conseiller&password=demo&_csrf=" + m.group(1))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).accept(MediaType.TEXT_HTML).cookie(nonce));
        assertSecurityHeaders(login, true);
        Cookie session = login.getCookie("tremplin_session").orElseThrow();
        HttpResponse<String> people = web(HttpRequest.GET("/personnes").accept(MediaType.TEXT_HTML).cookie(session));
        assertThat(people.code()).isEqualTo(200);
        assertSecurityHeaders(people, true);

        HttpResponse<Map> seekers = api.as("conseiller", HttpRequest.GET("/api/v1/job-seekers?size=1"));
        assertThat(seekers.code()).isEqualTo(200);
        assertSecurityHeaders(seekers, true);
    }

    @Test
    void errorsAndAnonymousAnswersCarryThemToo() {
        assertSecurityHeaders(api.exchange(HttpRequest.GET("/api/v1/job-seekers"), Map.class), true);
        assertSecurityHeaders(api.exchange(HttpRequest.GET("/nulle-part"), Map.class), true);
        HttpResponse<String> page403 = web(HttpRequest.GET("/api/v1/job-seekers").bearerAuth(api.token("entreprise")));
        assertSecurityHeaders(page403, true);
    }

    @Test
    void staticAssetsMayBeCachedButAreProtected() {
        HttpResponse<String> css = web(HttpRequest.GET("/static/css/tremplin.css"));
        assertThat(css.code()).isEqualTo(200);
        assertSecurityHeaders(css, false);
        assertThat(css.header("Cache-Control")).isNotEqualTo("no-store");
    }

    @Test
    void hstsOnlyOverHttpsOrBehindAnHttpsProxy() {
        HttpResponse<String> proxied = web(HttpRequest.GET("/connexion").accept(MediaType.TEXT_HTML)
                .header("X-Forwarded-Proto", "https"));
        assertThat(proxied.header("Strict-Transport-Security")).isEqualTo("max-age=31536000; includeSubDomains");
    }

    @Test
    void swaggerUiGetsItsInlineScriptByHashOnly() {
        HttpResponse<String> ui = web(HttpRequest.GET("/swagger-ui/index.html"));
        assertThat(ui.code()).isEqualTo(200);
        assertThat(ui.header("Content-Security-Policy")).containsPattern("script-src 'self' 'sha256-[A-Za-z0-9+/=]+'")
                .doesNotContain("script-src 'self' 'unsafe-inline'");
    }

    @Test
    void templatesHaveNoInlineScriptStyleOrEventHandler() throws IOException {
        Path views = Path.of("src/main/resources/views");
        try (Stream<Path> files = Files.walk(views)) {
            files.filter(p -> p.toString().endsWith(".html")).forEach(p -> {
                String html;
                try {
                    html = Files.readString(p);
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
                assertThat(html).as(p.toString())
                        .doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>")
                        .doesNotContainPattern("<style")
                        .doesNotContainPattern("\\sstyle=")
                        .doesNotContainPattern("\\son[a-z]+=")
                        .doesNotContainPattern("th:on[a-z]+=")
                        .doesNotContain("javascript:");
            });
        }
    }
}
