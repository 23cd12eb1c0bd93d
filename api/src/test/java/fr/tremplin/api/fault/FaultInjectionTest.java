package fr.tremplin.api.fault;

import fr.tremplin.api.Application;
import fr.tremplin.data.db.DatabaseBootstrap;
import fr.tremplin.data.db.EmbeddedMariaDb;
import fr.tremplin.data.db.EmbeddedMariaDbSettings;
import fr.tremplin.data.db.SharedTestDatabase;
import fr.tremplin.indexer.IndexService;
import fr.tremplin.indexer.verify.VerifyReport;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import static fr.tremplin.api.support.JobSeekerRequestBuilder.aJobSeeker;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faults injected into a running service (own embedded MariaDB, supervised and locked down as in production; own
 * index): the database killed, the database stalled, an index file damaged. Every answer is 200/201 or 503, never
 * 500, never a hang (each call has a timeout); afterwards the service is back with every acknowledged write and an
 * index equal to the database. Run with {@code -Dgroups=fault}; part of every {@code verify}.
 */
@Tag("fault")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class FaultInjectionTest {

    private static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(3);
    private final Path work = Path.of("target/fault-test/" + System.nanoTime()).toAbsolutePath();
    private ApplicationContext context;
    private FaultHttp http;
    private ObjectMapper json;
    private EmbeddedMariaDb database;
    private IndexService index;
    private String adviser;

    @BeforeAll
    void start() {
        EmbeddedMariaDb shared = SharedTestDatabase.get().embedded();
        Path baseDir = shared != null ? shared.settings().baseDir()
                : Path.of(EmbeddedMariaDbSettings.DEFAULT_TEST_BASE_DIR).toAbsolutePath();
        Map<String, Object> p = new HashMap<>();
        p.put("micronaut.server.port", -1);
        p.put("tremplin.db.embedded.data-dir", work.resolve("mariadb").toString());
        p.put("tremplin.db.embedded.base-dir", baseDir.toString());
        p.put("tremplin.db.connect-timeout", "2s");
        p.put("tremplin.db.socket-timeout", SOCKET_TIMEOUT.toSeconds() + "s");
        p.put("tremplin.db.statement-timeout", "2s");
        p.put("tremplin.db.pool-timeout", "2s");
        p.put("tremplin.index.dir", work.resolve("index").toString());
        p.put("tremplin.index.integrity-interval", "2s");
        p.put("tremplin.index.verify-interval", "0s");
        p.put("tremplin.demo.seekers", 400);
        p.put("tremplin.demo.companies", 30);
        p.put("tremplin.demo.vacancies", 40);
        context = ApplicationContext.builder(Application.class).deduceEnvironment(false).properties(p).start();
        EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
        database = context.getBean(DatabaseBootstrap.class).embeddedServer().orElseThrow();
        index = context.getBean(IndexService.class);
        json = context.getBean(ObjectMapper.class);
        // a call waits at most the pool wait or the socket timeout, then answers: the client gives it that and 5 s
        http = new FaultHttp(server.getPort(), SOCKET_TIMEOUT.plusSeconds(5));
        assertThat(index.awaitReady(Duration.ofSeconds(90))).isTrue();
        adviser = http.login("conseiller");
    }

    @AfterAll
    void stop() {
        if (database != null) {
            database.serverPid().ifPresent(pid -> signal("CONT", pid)); // never leave it stopped
        }
        if (context != null) {
            context.close();
        }
    }

    @Test
    @Order(1)
    void databaseKilledDuringWritesComesBackWithEveryAcknowledgedWrite() throws Exception {
        http.reset();
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writer = Executors.newSingleThreadExecutor();
        Future<?> writes = writer.submit(() -> {
            int n = 0;
            while (writing.get()) {
                FaultHttp.Answer a = http.post("/api/v1/job-seekers", seekerJson(n++), adviser);
                if (a.status() == 201) {
                    acknowledged.add(a.field("id"));
                }
            }
        });
        waitUntil(Duration.ofSeconds(20), () -> acknowledged.size() >= 5);
        long pid = database.serverPid().orElseThrow();
        ProcessHandle.of(pid).orElseThrow().destroyForcibly();
        long killedAt = System.nanoTime();
        boolean[] sawOutage = {false};
        waitUntil(Duration.ofSeconds(30), () -> {
            int health = http.health();
            int read = http.get("/api/v1/job-seekers/" + acknowledged.get(0), adviser).status();
            sawOutage[0] |= health == 503 || read == 503;
            return database.serverAlive() && database.serverPid().orElse(pid) != pid && health == 200 && read == 200;
        });
        System.out.printf("Database killed: back after %d ms, outage seen: %s, statuses %s, slowest %d ms%n",
                (System.nanoTime() - killedAt) / 1_000_000, sawOutage[0], http.statuses, http.slowest.get());
        int before = acknowledged.size();
        waitUntil(Duration.ofSeconds(20), () -> acknowledged.size() >= before + 5);
        writing.set(false);
        writes.get(30, TimeUnit.SECONDS);
        writer.shutdown();

        assertThat(sawOutage[0] || http.statuses.containsKey(503)).as("503 or health DOWN while the database was down")
                .isTrue();
        assertThat(http.statuses.keySet()).as("statuses %s", http.statuses).isSubsetOf(200, 201, 503);
        for (String id : acknowledged) {
            assertThat(http.get("/api/v1/job-seekers/" + id, adviser).status()).as("acknowledged %s", id)
                    .isEqualTo(200);
        }
        assertIndexEqualsDatabase();
    }

    @Test
    @Order(2)
    void stalledDatabaseGivesQuick503sNever500() throws Exception {
        String someone = createdSeeker();
        http.reset();
        long pid = database.serverPid().orElseThrow();
        signal("STOP", pid);
        try {
            long until = System.nanoTime() + Duration.ofSeconds(8).toNanos();
            while (System.nanoTime() < until) {
                http.get("/api/v1/job-seekers/" + someone, adviser);
                http.post("/api/v1/search/candidates", "{\"text\":\"maçon\"}", adviser);
                http.health();
            }
        } finally {
            signal("CONT", pid);
        }
        System.out.printf("Database stalled 8 s: statuses %s, slowest %d ms%n", http.statuses, http.slowest.get());
        assertThat(http.statuses.keySet()).as("statuses %s (0: no answer in time)", http.statuses)
                .isSubsetOf(200, 503).contains(503);
        waitUntil(Duration.ofSeconds(30), () -> http.health() == 200
                && http.get("/api/v1/job-seekers/" + someone, adviser).status() == 200);
        assertIndexEqualsDatabase();
    }

    @Test
    @Order(3)
    void damagedIndexFileIsRebuiltWithTheSameResults() throws Exception {
        List<String> queries = List.of("{\"text\":\"maçon\"}", "{\"text\":\"aide à domicile\"}",
                "{\"communeInsee\":\"44109\",\"radiusKm\":30}");
        Map<String, String> before = results(queries);
        Path file = largestFile(work.resolve("index").resolve(index.status().generation().orElseThrow())
                .resolve("job-seekers"));
        long size = Files.size(file);
        byte[] garbage = new byte[16 * 1024];
        new Random(13).nextBytes(garbage);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(Math.max(0, size / 2 - garbage.length / 2));
            raf.write(garbage, 0, (int) Math.min(garbage.length, size));
        }
        assertThat(Files.size(file)).isEqualTo(size);
        http.reset();
        long t0 = System.nanoTime();
        waitUntil(Duration.ofSeconds(30), () -> {
            queries.forEach(q -> http.post("/api/v1/search/candidates", q, adviser));
            return http.health() == 503;
        });
        long down = (System.nanoTime() - t0) / 1_000_000;
        waitUntil(Duration.ofSeconds(90), () -> {
            queries.forEach(q -> http.post("/api/v1/search/candidates", q, adviser));
            return http.health() == 200;
        });
        System.out.printf("Index file %s (%d bytes) damaged: health DOWN after %d ms, UP after %d ms, statuses %s%n",
                file.getFileName(), size, down, (System.nanoTime() - t0) / 1_000_000, http.statuses);
        assertThat(http.statuses.keySet()).as("statuses %s", http.statuses).isSubsetOf(200, 503);
        assertThat(results(queries)).isEqualTo(before);
        assertIndexEqualsDatabase();
    }

    /** Per query: the total and the ids found, in id order (equal scores may come in another order). */
    private Map<String, String> results(List<String> queries) {
        Map<String, String> results = new HashMap<>();
        for (String q : queries) {
            FaultHttp.Answer a = http.post("/api/v1/search/candidates?size=100", q, adviser);
            assertThat(a.status()).as(a.body()).isEqualTo(200);
            List<String> ids = new ArrayList<>(java.util.regex.Pattern.compile("\"jobSeekerId\"\\s*:\\s*\"([^\"]+)\"")
                    .matcher(a.body()).results().map(m -> m.group(1)).toList());
            Collections.sort(ids);
            String total = java.util.regex.Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(a.body()).results()
                    .map(m -> m.group(1)).findFirst().orElse("?");
            results.put(q, total + " " + (Long.parseLong(total) <= 100 ? ids : ids.size()));
        }
        return results;
    }

    private void assertIndexEqualsDatabase() {
        index.syncNow(Duration.ofSeconds(30));
        VerifyReport report = index.verify();
        assertThat(report.consistent()).as(report.summary()).isTrue();
    }

    private String createdSeeker() throws IOException {
        FaultHttp.Answer a = http.post("/api/v1/job-seekers", seekerJson(0), adviser);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.field("id");
    }

    private String seekerJson(int n) {
        try {
            return json.writeValueAsString(aJobSeeker().firstName("Panne").lastName(n % 2 == 0 ? "Essai" : "Épreuve").in("44109").build());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path largestFile(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("write"))
                    .max(Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
        }
    }

    private static void signal(String signal, long pid) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
            assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitUntil(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not reached within " + timeout);
            }
            Thread.sleep(100);
        }
    }
}
