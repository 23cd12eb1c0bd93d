package fr.tremplin.api.security.hardening;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import fr.tremplin.api.security.JwtSigningSettings;
import fr.tremplin.api.security.login.LoginThrottle;
import fr.tremplin.api.security.login.LoginThrottleSettings;
import fr.tremplin.api.support.ApiTest;
import fr.tremplin.data.session.LoginFailures;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Login throttling per account and per address, the failure log, long passwords, unknown users. */
@MicronautTest(transactional = false)
@Property(name = "tremplin.login.throttle.first-delay", value = "10m")
class LoginThrottleTest extends ApiTest {
    @Inject
    LoginThrottleSettings settings;
    @Inject
    Clock clock;
    @Inject
    LoginFailures failures;
    @Inject
    JwtSigningSettings jwt;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger("fr.tremplin.security.login");

    @BeforeEach
    void listen() {
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void stop() {
        logger.detachAppender(log);
    }

    private HttpResponse<Map> login(String username, String password) {
        return api.exchange(HttpRequest.POST("/login", Map.of("username", username, "password", password)), Map.class);
    }

    @Test
    void twentyWrongPasswordsThenTheRightOneIsThrottledAndLogged() {
        int[] codes = new int[20];
        for (int i = 0; i < 20; i++) {
            codes[i] = login("geiq", "mauvais-" + i).code();
        }
        assertThat(codes).startsWith(401, 401, 401, 401, 401).contains(429);
        HttpResponse<Map> right = login("geiq", "demo");
        assertThat(right.code()).isEqualTo(429);
        assertThat(right.header("Retry-After")).isNotNull().matches("\\d+");
        assertThat(body(right)).containsEntry("status", 429);
        assertThat(String.valueOf(body(right).get("detail"))).contains("réessayez dans");
        assertThat(log.list).filteredOn(e -> e.getFormattedMessage().startsWith("login failed")).hasSizeGreaterThanOrEqualTo(6);
        assertThat(log.list).anySatisfy(e -> assertThat(e.getFormattedMessage()).startsWith("login throttled"));
        assertThat(log.list).allSatisfy(e -> assertThat(e.getFormattedMessage())
                .doesNotContain("mauvais-").doesNotContain("demo").doesNotContain("geiq"));
        System.out.println("THROTTLE codes of 20 wrong passwords: " + java.util.Arrays.toString(codes)
                + ", then the right one: " + right.code() + " Retry-After " + right.header("Retry-After"));
    }

    /** Another node: a throttle of its own on the same database, as a second process would build it. */
    private LoginThrottle otherNode() {
        return new LoginThrottle(settings, clock, failures, jwt);
    }

    @Test
    void aSecondNodeOnTheSameDatabaseSeesTheFailuresTheFirstCountedAndTheReverse() {
        LoginThrottle other = otherNode();
        for (int i = 0; i < 6; i++) { // five free failures, the sixth closes the account for ten minutes
            assertThat(login("entreprise", "faux-" + i).code()).isEqualTo(401);
        }
        assertThat(other.closedFor("Entreprise ", "198.51.100.7")).as("closed on the other node, from another address")
                .hasValueSatisfying(wait -> assertThat(wait).isGreaterThan(Duration.ofMinutes(9)));
        LoginThrottle otherSecret = new LoginThrottle(settings, clock, failures,
                new JwtSigningSettings("another secret of at least thirty-two characters"));
        assertThat(otherSecret.closedFor("entreprise", "198.51.100.7"))
                .as("the rows are keyed with the nodes' secret: without it, a name finds nothing").isEmpty();

        other.succeeded("entreprise", "198.51.100.7");
        assertThat(login("entreprise", "demo").code()).as("cleared by the other node").isEqualTo(200);

        for (int i = 0; i < 6; i++) { // six attempts whose password did not match, on the other node
            assertThat(other.attempt("entreprise", "198.51.100.7").closedFor()).isEmpty();
        }
        assertThat(other.attempt("entreprise", "198.51.100.7").closedFor()).as("the seventh refused").isPresent();
        assertThat(login("entreprise", "demo").code()).as("closed by the other node's failures").isEqualTo(429);
        other.succeeded("entreprise", "198.51.100.7");
        assertThat(login("entreprise", "demo").code()).isEqualTo(200);
    }

    /**
     * Wrong passwords sent at once (as a script would, or several nodes; on a name without an account, counted the
     * same way): five free failures and the sixth that closes
     * the account are checked, the others refused. Checking for a closure first and counting after the password let
     * all of them through.
     */
    @Test
    void wrongPasswordsSentAtOnceAreNotAllChecked() throws Exception {
        int threads = 12;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Integer> codes = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                String password = "ensemble-" + i;
                results.add(pool.submit(() -> {
                    start.await();
                    return login("direction", password).code();
                }));
            }
            start.countDown();
            for (Future<Integer> result : results) {
                codes.add(result.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(codes).filteredOn(c -> c == 401).as("passwords checked: %s", codes).hasSize(6);
        assertThat(codes).filteredOn(c -> c == 429).hasSize(threads - 6);
        assertThat(login("direction", "demo").code()).as("still closed").isEqualTo(429);
        System.out.println("THROTTLE codes of 12 wrong passwords sent at once: " + codes);
    }

    @Test
    void successClearsTheAccountCountSoTestsAndPeopleWhoMistypeCanGoOn() {
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4; i++) {
                assertThat(login("responsable", "faux").code()).isEqualTo(401);
            }
            assertThat(login("responsable", "demo").code()).as("round %d", round).isEqualTo(200);
        }
    }

    @Test
    void aPasswordOf200CharactersOrANulAnswers401Not500() {
        assertThat(login("conseiller", "x".repeat(200)).code()).isEqualTo(401);
        assertThat(login("conseiller", "é".repeat(100)).code()).isEqualTo(401);
        assertThat(login("x".repeat(5000), "demo").code()).isEqualTo(401);
        assertThat(login("conseiller", "demo").code()).isEqualTo(200);
    }

    @Test
    void anUnknownUserCostsTheSameBcryptWork() {
        // no timing is asserted: the figures are printed (an unknown name runs bcrypt against a dummy hash)
        long known = 0;
        long unknown = 0;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            assertThat(login("admin", "faux-" + i).code()).isEqualTo(401);
            long t1 = System.nanoTime();
            assertThat(login("personne-" + i, "faux").code()).isEqualTo(401);
            long t2 = System.nanoTime();
            known += t1 - t0;
            unknown += t2 - t1;
        }
        assertThat(login("admin", "demo").code()).isEqualTo(200);
        System.out.printf("LOGIN timing over 3 tries: known user %d ms, unknown user %d ms%n",
                known / 3_000_000, unknown / 3_000_000);
        assertThat(log.list).anySatisfy(e -> assertThat(e.getFormattedMessage()).contains("account=unknown"));
    }
}
