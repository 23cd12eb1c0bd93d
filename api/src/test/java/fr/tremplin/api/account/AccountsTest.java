package fr.tremplin.api.account;

import fr.tremplin.api.support.ApiTest;
import fr.tremplin.api.support.MailBox;
import fr.tremplin.api.web.csrf.CsrfTokens;
import fr.tremplin.data.mail.MailKind;
import fr.tremplin.data.mail.MailStatus;
import fr.tremplin.data.mail.OutgoingMail;
import fr.tremplin.data.mail.OutgoingMailRepository;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accounts through the API as an administrator uses them, and the one-time links they get by mail: the invitation
 * sets a password and the person logs in; a deactivated account can neither log in nor use its token; duplicate
 * usernames and wrong values are refused with French problems.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class AccountsTest extends ApiTest {
    private static final String PASSWORD = "une phrase de passe assez longue";

    @Inject
    OutgoingMailRepository mails;
    @Inject
    CsrfTokens csrf;

    private MailBox box;

    @BeforeEach
    void box() {
        box = new MailBox(mails);
    }

    static String unique(String prefix) {
        return prefix + "-" + System.nanoTime();
    }

    static Map<String, Object> adviser(String username) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("displayName", "Léa Martin");
        body.put("email", username + "@tremplin.example.org");
        body.put("role", "ADVISER");
        body.put("employmentUnit", "NANTES-NORD");
        return body;
    }

    private Map<String, Object> create(Map<String, Object> account) {
        HttpResponse<Map> created = api.as("admin", HttpRequest.POST("/api/v1/accounts", account));
        assertThat(created.code()).as("%s", created.getBody(Map.class).orElse(null)).isEqualTo(201);
        assertThat(created.header("Location")).startsWith("/api/v1/accounts/");
        return body(created);
    }

    private HttpResponse<Map> login(String username, String password) {
        return api.exchange(HttpRequest.POST("/login", Map.of("username", username, "password", password)), Map.class);
    }

    @Test
    void anInvitedAdviserSetsAPasswordThroughTheLinkAndLogsIn() {
        String username = unique("lea");
        Map<String, Object> account = create(adviser(username));
        assertThat(account).containsEntry("username", username).containsEntry("role", "ADVISER")
                .containsEntry("employmentUnit", "NANTES-NORD").containsEntry("active", true)
                .doesNotContainKeys("passwordHash", "password");
        String email = username + "@tremplin.example.org";

        Map<String, Object> listed = body(api.as("admin", HttpRequest.GET("/api/v1/admin/outgoing-mails?to=" + email)));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) listed.get("items");
        assertThat(items).singleElement().satisfies(m -> assertThat(m)
                .containsEntry("to", email).containsEntry("kind", "ACCOUNT_INVITATION").containsEntry("status", "QUEUED")
                .containsEntry("sentAt", null).containsKeys("id", "subject", "createdAt"));
        Map<String, Object> mail = body(api.as("admin", HttpRequest.GET("/api/v1/admin/outgoing-mails/" + items.get(0).get("id"))));
        assertThat(mail.get("statusLabel")).isEqualTo("non envoyé (pas de serveur SMTP)");
        assertThat((String) mail.get("text")).contains("Bonjour Léa Martin", "Votre identifiant de connexion est : " + username,
                "valable 24 heures", "/mot-de-passe?jeton=");
        assertThat((String) mail.get("html")).contains("Léa Martin", "<a href=\"http");

        assertThat(login(username, PASSWORD).code()).as("no password before the link").isEqualTo(401);
        String token = MailBox.token(box.to(email, MailKind.ACCOUNT_INVITATION).getFirst());
        assertThat(api.exchange(HttpRequest.GET("/mot-de-passe?jeton=" + token).accept(MediaType.TEXT_HTML_TYPE),
                String.class).code()).isEqualTo(200);

        HttpResponse<String> weak = MailBox.setPassword(httpClient.toBlocking(), csrf, token, "court", "court");
        assertThat(weak.code()).isEqualTo(422);
        assertThat(weak.getBody(String.class).orElse("")).contains("au moins 12 caractères");
        HttpResponse<String> mismatch = MailBox.setPassword(httpClient.toBlocking(), csrf, token, PASSWORD, PASSWORD + "!");
        assertThat(mismatch.code()).isEqualTo(422);

        HttpResponse<String> set = MailBox.setPassword(httpClient.toBlocking(), csrf, token, PASSWORD, PASSWORD);
        assertThat(set.code()).isEqualTo(303);
        assertThat(set.header("Location")).isEqualTo("/connexion?mdp=1");
        HttpResponse<Map> loggedIn = login(username, PASSWORD);
        assertThat(loggedIn.code()).isEqualTo(200);
        String bearer = (String) body(loggedIn).get("access_token");
        assertThat(api.exchange(HttpRequest.GET("/api/v1/job-seekers?unit=NANTES-NORD").bearerAuth(bearer), Map.class)
                .code()).isEqualTo(200);

        HttpResponse<String> again = MailBox.setPassword(httpClient.toBlocking(), csrf, token, PASSWORD + " 2", PASSWORD + " 2");
        assertThat(again.code()).as("single use").isEqualTo(303);
        assertThat(again.header("Location")).isEqualTo("/mot-de-passe-oublie?expire=1");
        assertThat(login(username, PASSWORD).code()).isEqualTo(200);

        Map<String, Object> audit = body(api.as("admin", HttpRequest.GET("/api/v1/audit?actor=admin&size=50")));
        assertThat(audit.toString()).contains("compte " + username + " créé");
    }

    @Test
    void aDeactivatedAccountCannotLogInAndItsTokenStopsAtOnce() {
        String username = unique("paul");
        String id = (String) create(adviser(username)).get("id");
        String email = username + "@tremplin.example.org";
        String token = MailBox.token(box.to(email, MailKind.ACCOUNT_INVITATION).getFirst());
        assertThat(MailBox.setPassword(httpClient.toBlocking(), csrf, token, PASSWORD, PASSWORD).code()).isEqualTo(303);
        String bearer = (String) body(login(username, PASSWORD)).get("access_token");
        assertThat(api.exchange(HttpRequest.GET("/api/v1/employment-units").bearerAuth(bearer), List.class).code())
                .isEqualTo(200);

        Map<String, Object> deactivated = body(api.as("admin", HttpRequest.POST("/api/v1/accounts/" + id + "/deactivate", Map.of())));
        assertThat(deactivated).containsEntry("active", false);
        assertThat(api.exchange(HttpRequest.GET("/api/v1/employment-units").bearerAuth(bearer), Map.class).code())
                .isEqualTo(401);
        assertThat(login(username, PASSWORD).code()).isEqualTo(401);
        // a reset asked for a deactivated account sends nothing
        assertThat(api.exchange(HttpRequest.POST("/password-reset", Map.of("username", username)), Map.class).code())
                .isEqualTo(202);

        Map<String, Object> back = new HashMap<>(adviser(username));
        back.put("active", true);
        assertThat(api.as("admin", HttpRequest.PUT("/api/v1/accounts/" + id, back)).code()).isEqualTo(200);
        assertThat(login(username, PASSWORD).code()).as("reactivated").isEqualTo(200);
        assertThat(box.to(email, MailKind.PASSWORD_RESET)).isEmpty();
    }

    @Test
    void aForgottenPasswordGetsAOneHourLinkAndUnknownNamesGetTheSameAnswer() {
        String username = unique("ines");
        create(adviser(username));
        String email = username + "@tremplin.example.org";
        HttpResponse<Map> unknown = api.exchange(HttpRequest.POST("/password-reset", Map.of("username", "personne-" + username)), Map.class);
        HttpResponse<Map> known = api.exchange(HttpRequest.POST("/password-reset", Map.of("username", username)), Map.class);
        assertThat(unknown.code()).isEqualTo(202);
        assertThat(known.code()).isEqualTo(202);
        assertThat(body(unknown)).isEqualTo(body(known));
        OutgoingMail reset = box.await(email, MailKind.PASSWORD_RESET, m -> true);
        assertThat(reset.subject()).isEqualTo("Tremplin : réinitialisation de votre mot de passe");
        assertThat(reset.text()).contains("valable 1 heure");
        assertThat(reset.status()).isEqualTo(MailStatus.QUEUED);
        String token = MailBox.token(reset);
        assertThat(MailBox.setPassword(httpClient.toBlocking(), csrf, token, PASSWORD, PASSWORD).code()).isEqualTo(303);
        assertThat(login(username, PASSWORD).code()).isEqualTo(200);
        // the invitation's link was spent with it
        String invitation = MailBox.token(box.to(email, MailKind.ACCOUNT_INVITATION).getFirst());
        assertThat(MailBox.setPassword(httpClient.toBlocking(), csrf, invitation, PASSWORD + "x", PASSWORD + "x")
                .header("Location")).isEqualTo("/mot-de-passe-oublie?expire=1");
    }

    @Test
    void aTakenUsernameIsAConflictAndWrongValuesAreNamed() {
        String username = unique("dup");
        String id = (String) create(adviser(username)).get("id");
        HttpResponse<Map> duplicate = api.as("admin", HttpRequest.POST("/api/v1/accounts", adviser(username)));
        assertThat(duplicate.code()).isEqualTo(409);
        assertThat(errorFields(duplicate)).containsExactly("username");
        assertThat((String) body(duplicate).get("detail")).contains("déjà pris");
        HttpResponse<Map> renamedOnto = api.as("admin", HttpRequest.PUT("/api/v1/accounts/" + id, adviser("conseiller")));
        assertThat(renamedOnto.code()).isEqualTo(409);

        Map<String, Object> noUnit = adviser(unique("sansunite"));
        noUnit.remove("employmentUnit");
        HttpResponse<Map> missingUnit = api.as("admin", HttpRequest.POST("/api/v1/accounts", noUnit));
        assertThat(missingUnit.code()).isEqualTo(422);
        assertThat(errorFields(missingUnit)).containsExactly("employmentUnit");

        Map<String, Object> employer = adviser(unique("emp"));
        employer.put("role", "EMPLOYER");
        employer.remove("employmentUnit");
        employer.put("email", "pas-une-adresse");
        HttpResponse<Map> badEmployer = api.as("admin", HttpRequest.POST("/api/v1/accounts", employer));
        assertThat(badEmployer.code()).isEqualTo(422);
        assertThat(errorFields(badEmployer)).containsExactlyInAnyOrder("email", "employerId");

        Map<String, Object> unknownRole = adviser(unique("role"));
        unknownRole.put("role", "SUPERVISOR");
        assertThat(errorFields(api.as("admin", HttpRequest.POST("/api/v1/accounts", unknownRole)))).containsExactly("role");

        Map<String, Object> wrongType = adviser(unique("type"));
        wrongType.put("active", Map.of("oui", 1));
        assertThat(api.as("admin", HttpRequest.POST("/api/v1/accounts", wrongType)).code()).isEqualTo(400);
        assertThat(api.as("admin", HttpRequest.GET("/api/v1/accounts?sort=password")).code()).isEqualTo(400);
        HttpResponse<Map> maybe = api.as("admin", HttpRequest.GET("/api/v1/accounts?active=maybe"));
        assertThat(maybe.code()).as("an unreadable filter is refused, not read as false").isEqualTo(422);
        assertThat(String.valueOf(body(maybe))).contains("active");
        assertThat(api.as("admin", HttpRequest.GET("/api/v1/accounts?active=TRUE")).code()).isEqualTo(200);
        assertThat(api.as("admin", HttpRequest.GET("/api/v1/accounts/inconnu")).code()).isEqualTo(404);
        assertThat(api.as("conseiller", HttpRequest.GET("/api/v1/accounts")).code()).isEqualTo(403);
    }

    @Test
    void accountsAreSearchedSortedAndPaged() {
        String prefix = unique("tri");
        create(adviser(prefix + "-b"));
        create(adviser(prefix + "-a"));
        create(adviser(prefix + "-c"));
        Map<String, Object> page = body(api.as("admin", HttpRequest.GET("/api/v1/accounts?q=" + prefix
                + "&sort=username,desc&size=2&page=0")));
        assertThat(page).containsEntry("total", 3).containsEntry("size", 2).containsEntry("page", 0);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
        assertThat(items).extracting(i -> i.get("username")).containsExactly(prefix + "-c", prefix + "-b");
        Map<String, Object> second = body(api.as("admin", HttpRequest.GET("/api/v1/accounts?q=" + prefix
                + "&sort=username,desc&size=2&page=1")));
        assertThat(second.toString()).contains(prefix + "-a");
        Map<String, Object> admins = body(api.as("admin", HttpRequest.GET("/api/v1/accounts?role=ADMIN")));
        assertThat(admins.toString()).contains("admin").doesNotContain(prefix);
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() {
        String adminId = (String) body(api.as("admin", HttpRequest.GET("/api/v1/accounts?q=admin&role=ADMIN")))
                .get("items").toString().replaceAll(".*id=([0-9a-f-]{36}).*", "$1");
        HttpResponse<Map> self = api.as("admin", HttpRequest.POST("/api/v1/accounts/" + adminId + "/deactivate", Map.of()));
        assertThat(self.code()).isEqualTo(422);
        assertThat(login("admin", "demo").code()).isEqualTo(200);
    }
}
