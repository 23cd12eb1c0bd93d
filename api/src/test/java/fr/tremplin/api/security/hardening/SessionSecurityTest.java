package fr.tremplin.api.security.hardening;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import fr.tremplin.data.testing.MutableClock;
import fr.tremplin.api.support.ApiTest;
import fr.tremplin.data.session.UserSessions;
import fr.tremplin.data.user.AppUserRepository;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Server-side sessions: logout, exp required, idle timeout, absolute lifetime, deactivation, role change. */
@MicronautTest(transactional = false)
@Property(name = "tremplin.test.mutable-clock", value = "true")
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class SessionSecurityTest extends ApiTest {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Inject
    MutableClock clock;
    @Inject
    UserSessions sessions;
    @Inject
    AppUserRepository users;
    @Inject
    RoleUpdater roles;
    @Value("${micronaut.security.token.jwt.signatures.secret.generator.secret}")
    String secret;

    private String login(String username) {
        HttpResponse<Map> response = api.exchange(
                HttpRequest.POST("/login", Map.of("username", username, "password", "demo")), Map.class);
        assertThat(response.code()).isEqualTo(200);
        return (String) response.body().get("access_token");
    }

    private int get(String token) {
        return api.exchange(HttpRequest.GET("/api/v1/employment-units").bearerAuth(token), Map.class).code();
    }

    @Test
    void afterLogoutTheOldTokenAnswers401() {
        String token = login("conseiller");
        assertThat(get(token)).isEqualTo(200);
        assertThat(api.exchange(HttpRequest.POST("/logout", "").bearerAuth(token), Map.class).code()).isEqualTo(204);
        assertThat(get(token)).isEqualTo(401);
        assertThat(api.exchange(HttpRequest.POST("/logout", "").bearerAuth(token), Map.class).code()).isEqualTo(401);
        assertThat(get(login("conseiller"))).as("a new login works").isEqualTo(200);
    }

    @Test
    void aTokenWithoutExpIsRefusedEvenWithALiveSession() throws Exception {
        String token = login("conseiller");
        JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
        JWTClaimsSet noExp = new JWTClaimsSet.Builder(claims).expirationTime(null).build();
        SignedJWT forged = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), noExp);
        forged.sign(new MACSigner(secret));
        JWTClaimsSet sameExp = new JWTClaimsSet.Builder(claims).build();
        SignedJWT resigned = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), sameExp);
        resigned.sign(new MACSigner(secret));
        assertThat(get(resigned.serialize())).as("control: the same claims re-signed pass").isEqualTo(200);
        assertThat(get(forged.serialize())).isEqualTo(401);
    }

    @Test
    void aSessionIdleFor30MinutesIsOver() {
        String token = login("conseiller");
        clock.advance(Duration.ofMinutes(29));
        assertThat(get(token)).as("29 minutes idle").isEqualTo(200);
        clock.advance(Duration.ofMinutes(29));
        assertThat(get(token)).as("used 29 minutes ago").isEqualTo(200);
        clock.advance(Duration.ofMinutes(31));
        assertThat(get(token)).as("31 minutes idle").isEqualTo(401);
    }

    @Test
    void aSessionInUseEndsAfterItsAbsoluteLifetime() {
        String token = login("conseiller");
        for (int i = 0; i < 19; i++) {
            clock.advance(Duration.ofMinutes(25));
            assertThat(get(token)).as("after %d minutes", (i + 1) * 25).isEqualTo(200);
        }
        clock.advance(Duration.ofMinutes(25));
        assertThat(get(token)).as("after 8 h 20").isEqualTo(401);
    }

    @Test
    void theSessionRowKeptForADatabaseOutageIsForgottenWhenTheSessionEnds() throws Exception {
        String token = login("conseiller");
        String jti = SignedJWT.parse(token).getJWTClaimsSet().getJWTID();
        assertThat(get(token)).isEqualTo(200);
        assertThat(sessions.remembered(jti, Duration.ofMinutes(30))).as("read by the last request")
                .hasValueSatisfying(row -> assertThat(row.revokedAt()).isNull());
        clock.advance(Duration.ofMinutes(31));
        assertThat(sessions.remembered(jti, Duration.ofMinutes(30))).as("read too long ago").isEmpty();
        clock.advance(Duration.ofMinutes(-31));

        assertThat(api.exchange(HttpRequest.POST("/logout", "").bearerAuth(token), Map.class).code()).isEqualTo(204);
        assertThat(sessions.remembered(jti, Duration.ofMinutes(30))).as("logged out").isEmpty();

        String userId = users.findByUsername("responsable").orElseThrow().id();
        String other = login("responsable");
        String otherJti = SignedJWT.parse(other).getJWTClaimsSet().getJWTID();
        assertThat(get(other)).isEqualTo(200);
        sessions.setActive(userId, false);
        try {
            assertThat(sessions.remembered(otherJti, Duration.ofMinutes(30))).as("account deactivated").isEmpty();
        } finally {
            sessions.setActive(userId, true);
        }
    }

    @Test
    void deactivatingAnAccountOrChangingItsRoleTakesEffectOnTheNextRequest() {
        String userId = users.findByUsername("responsable").orElseThrow().id();
        String token = login("responsable");
        assertThat(get(token)).isEqualTo(200);
        sessions.setActive(userId, false);
        try {
            assertThat(get(token)).as("deactivated").isEqualTo(401);
            assertThat(api.exchange(HttpRequest.POST("/login", Map.of("username", "responsable", "password", "demo")),
                    Map.class).code()).as("a deactivated account cannot log in").isEqualTo(401);
        } finally {
            sessions.setActive(userId, true);
        }
        String second = login("responsable");
        roles.set(userId, "ADVISER");
        try {
            assertThat(get(second)).as("role changed").isEqualTo(401);
        } finally {
            roles.set(userId, "UNIT_MANAGER");
        }
        assertThat(get(second)).as("role back as in the session").isEqualTo(200);
    }

    @Test
    void theWebCookieIsASessionCookieAndSeDeconnecterRevokesTheSession() {
        HttpResponse<String> loginPage = web(HttpRequest.GET("/connexion").accept(MediaType.TEXT_HTML));
        Cookie nonce = loginPage.getCookie("tremplin_csrf").orElseThrow();
        HttpResponse<String> login = web(HttpRequest.POST("/connexion", "username=conseiller&password=demo&_csrf="
                        + csrf(loginPage.body())).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .accept(MediaType.TEXT_HTML).cookie(nonce));
        assertThat(login.code()).isEqualTo(303);
        assertThat(login.getHeaders().getAll("Set-Cookie")).filteredOn(c -> c.startsWith("tremplin_session="))
                .singleElement().satisfies(c -> assertThat(c).doesNotContainIgnoringCase("Max-Age")
                        .doesNotContainIgnoringCase("Expires"));
        Cookie session = login.getCookie("tremplin_session").orElseThrow();
        HttpResponse<String> page = web(HttpRequest.GET("/personnes").accept(MediaType.TEXT_HTML)
                .cookies(java.util.Set.of(session, nonce)));
        assertThat(page.code()).isEqualTo(200);
        Cookie pageNonce = page.getCookie("tremplin_csrf").orElse(nonce);
        HttpResponse<String> logout = web(HttpRequest.POST("/deconnexion", "_csrf=" + csrf(page.body()))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .cookies(java.util.Set.of(session, pageNonce)));
        assertThat(logout.code()).isEqualTo(303);
        assertThat(web(HttpRequest.GET("/api/v1/employment-units").cookie(session)).code())
                .as("the old cookie, replayed after « Se déconnecter »").isEqualTo(401);
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("a CSRF field").isTrue();
        return m.group(1);
    }

    private HttpResponse<String> web(HttpRequest<?> request) {
        try {
            return httpClient.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> response = (HttpResponse<String>) e.getResponse();
            return response;
        }
    }

    @jakarta.inject.Singleton
    static class RoleUpdater {
        private final JdbcOperations jdbc;

        RoleUpdater(JdbcOperations jdbc) {
            this.jdbc = jdbc;
        }

        @Transactional
        void set(String userId, String role) {
            jdbc.prepareStatement("UPDATE app_user SET role = ? WHERE id = ?", ps -> {
                ps.setString(1, role);
                ps.setString(2, userId);
                return ps.executeUpdate();
            });
        }
    }
}
