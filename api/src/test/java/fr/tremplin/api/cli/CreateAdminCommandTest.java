package fr.tremplin.api.cli;

import fr.tremplin.api.support.ApiTest;
import fr.tremplin.api.support.MailBox;
import fr.tremplin.api.web.csrf.CsrfTokens;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The first administrator of a new installation, from the command line, then through its one-time link. */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class CreateAdminCommandTest extends ApiTest {
    private static final String PASSWORD = "une phrase de passe assez longue";
    private static final Pattern LINK = Pattern.compile("http://localhost:8080/mot-de-passe\\?jeton=([A-Za-z0-9_-]+)");

    @Inject
    CsrfTokens csrf;

    private record Run(int exit, String out, String err) {
    }

    private static Run cli(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            exit = TremplinCli.run(args, Map.of("tremplin.index.dir", "target/index-test/create-admin-" + System.nanoTime()),
                    "test");
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return new Run(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theFirstAdministratorGetsALinkSetsAPasswordAndLogsIn() {
        String username = "chef-" + System.nanoTime();
        Run run = cli("create-admin", username, "--email", username + "@departement.example.org", "--name", "Claire Roux");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Compte administrateur « " + username + " » créé", "valable 24 heures");
        Matcher link = LINK.matcher(run.out());
        assertThat(link.find()).as(run.out()).isTrue();

        HttpResponse<Map> before = api.exchange(HttpRequest.POST("/login", Map.of("username", username, "password", PASSWORD)), Map.class);
        assertThat(before.code()).as("no password before the link").isEqualTo(401);
        HttpResponse<String> set = MailBox.setPassword(httpClient.toBlocking(), csrf, link.group(1), PASSWORD, PASSWORD);
        assertThat(set.code()).isEqualTo(303);
        HttpResponse<Map> login = api.exchange(HttpRequest.POST("/login", Map.of("username", username, "password", PASSWORD)), Map.class);
        assertThat(login.code()).isEqualTo(200);
        String bearer = (String) body(login).get("access_token");
        assertThat(api.exchange(HttpRequest.GET("/api/v1/accounts?q=" + username).bearerAuth(bearer), Map.class).code())
                .as("an administrator").isEqualTo(200);
        assertThat(body(api.as("admin", HttpRequest.GET("/api/v1/audit?actor=ligne%20de%20commande&size=50"))).toString())
                .contains("compte " + username + " créé");
    }

    @Test
    void aTakenNameOrABadAddressIsRefusedWithTheField() {
        Run taken = cli("create-admin", "admin", "--email", "autre@departement.example.org");
        assertThat(taken.exit()).isEqualTo(2);
        assertThat(taken.err()).contains("create-admin : username");
        Run bad = cli("create-admin", "chef-" + System.nanoTime(), "--email", "pas-une-adresse");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("create-admin : email");
    }
}
