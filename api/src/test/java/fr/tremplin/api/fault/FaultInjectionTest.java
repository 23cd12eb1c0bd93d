package fr.tremplin.api.fault;

import fr.tremplin.api.Application;
import fr.tremplin.data.db.DatabaseBootstrap;
import fr.tremplin.data.db.EmbeddedMariaDb;
import fr.tremplin.data.db.EmbeddedMariaDbSettings;
import fr.tremplin.data.db.EmbeddedMariaDbSupervisor;
import fr.tremplin.data.db.SharedTestDatabase;
import fr.tremplin.indexer.IndexService;
import fr.tremplin.indexer.verify.VerifyReport;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.ObjectMapper;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterAll;
import org.slf4j.LoggerFactory;
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
 * index): the database killed, the database stalled, an index file damaged, rankings asked while the database is
 * away. Every answer is 200/201 or 503, never 500, never a hang (each call has a timeout), and no request logs an
 * ERROR on its way to 503; afterwards the service is back with every acknowledged write and an index equal to the
 * database. Run alone with {@code -Dgroups=fault}; part of every {@code verify}.
 */
@Tag("fault")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class FaultInjectionTest {

    private static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(3);
    /** The longest the restart of a killed database is held back, waiting for the outage to be seen. */
    private static final Duration HELD = Duration.ofSeconds(20);
    private static final String STALE_HEADER = "X-Tremplin-Donnees";
    private final Path work = Path.of("target/fault-test/" + System.nanoTime()).toAbsolutePath();
    private ApplicationContext context;
    private FaultHttp http;
    private ObjectMapper json;
    private EmbeddedMariaDb database;
    private EmbeddedMariaDbSupervisor supervisor;
    private IndexService index;
    private String adviser;
    /** What the service logged since the start (the fault tests look at what a database outage logs). */
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

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
        supervisor = context.getBean(DatabaseBootstrap.class).supervisor().orElseThrow();
        index = context.getBean(IndexService.class);
        json = context.getBean(ObjectMapper.class);
        // a call waits at most the pool wait or the socket timeout, then answers: the client gives it that and 5 s
        http = new FaultHttp(server.getPort(), SOCKET_TIMEOUT.plusSeconds(5));
        assertThat(index.awaitReady(Duration.ofSeconds(90))).isTrue();
        adviser = http.login("conseiller");
        logs.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(logs);
    }

    @AfterAll
    void stop() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
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
        settle();
        http.reset();
        int logged = logs.list.size();
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
        long downAfter = -1;
        long unavailableAfter = -1;
        long backAfter;
        try {
            waitUntil(Duration.ofSeconds(20), () -> acknowledged.size() >= 5);
            long pid = database.serverPid().orElseThrow();
            // the supervisor restarts a dead server within a second or two: held back here (at most HELD) until
            // the outage has been seen, so that the test sees it however loaded the machine is
            supervisor.holdRestarts(HELD);
            ProcessHandle.of(pid).orElseThrow().destroyForcibly();
            long killedAt = System.nanoTime();
            try (ExecutorService poller = Executors.newVirtualThreadPerTaskExecutor()) {
                long until = killedAt + HELD.toNanos();
                // /health and a read polled side by side: a read waiting for the pool does not delay seeing DOWN
                Future<Long> down = poller.submit(() -> {
                    while (System.nanoTime() < until) {
                        if (http.health() == 503) {
                            return (System.nanoTime() - killedAt) / 1_000_000;
                        }
                        Thread.sleep(20);
                    }
                    return -1L;
                });
                while (System.nanoTime() < until && unavailableAfter < 0) {
                    if (http.get("/api/v1/job-seekers/" + acknowledged.get(0), adviser).status() == 503) {
                        unavailableAfter = (System.nanoTime() - killedAt) / 1_000_000;
                    }
                    Thread.sleep(20);
                }
                downAfter = down.get(HELD.toSeconds() + 10, TimeUnit.SECONDS);
            } finally {
                supervisor.holdRestarts(Duration.ZERO);
            }
            waitUntil(Duration.ofSeconds(60), () -> database.serverAlive() && database.serverPid().orElse(pid) != pid
                    && http.health() == 200 && http.get("/api/v1/job-seekers/" + acknowledged.get(0), adviser)
                    .status() == 200);
            backAfter = (System.nanoTime() - killedAt) / 1_000_000;
            int before = acknowledged.size();
            waitUntil(Duration.ofSeconds(20), () -> acknowledged.size() >= before + 5);
        } finally {
            writing.set(false);
            writes.get(30, TimeUnit.SECONDS);
            writer.shutdown();
        }
        System.out.printf("Database killed: health DOWN after %d ms, first 503 after %d ms, UP again after %d ms,"
                        + " statuses %s, slowest %d ms, %d acknowledged writes%n", downAfter, unavailableAfter,
                backAfter, http.statuses, http.slowest.get(), acknowledged.size());

        assertThat(downAfter).as("/health DOWN within 5 s of the kill").isBetween(0L, 5_000L);
        assertThat(unavailableAfter).as("a request answered 503 within 5 s of the kill").isBetween(0L, 5_000L);
        assertThat(http.statuses.keySet()).as("statuses %s", http.statuses).isSubsetOf(200, 201, 503);
        assertOutageLoggedOnceWithoutErrors(logged);
        for (String id : acknowledged) {
            assertThat(http.get("/api/v1/job-seekers/" + id, adviser).status()).as("acknowledged %s", id)
                    .isEqualTo(200);
        }
        assertIndexEqualsDatabase();
    }

    @Test
    @Order(2)
    void stalledDatabaseGivesQuick503sNever500() throws Exception {
        settle();
        String someone = createdSeeker();
        http.reset();
        int logged = logs.list.size();
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
        assertOutageLoggedOnceWithoutErrors(logged);
        waitUntil(Duration.ofSeconds(30), () -> http.health() == 200
                && http.get("/api/v1/job-seekers/" + someone, adviser).status() == 200);
        assertIndexEqualsDatabase();
    }

    @Test
    @Order(3)
    void damagedIndexFileIsRebuiltWithTheSameResults() throws Exception {
        settle();
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

    @Test
    @Order(4)
    void rankingsAnswerFromTheIndexWhileTheDatabaseIsAway() throws Exception {
        settle();
        String vacancy = http.get("/api/v1/vacancies?size=1", adviser).field("id");
        String candidates = "/api/v1/vacancies/" + vacancy + "/candidates?size=50";
        String search = "{\"communeInsee\":\"44109\",\"radiusKm\":30}";
        FaultHttp.Answer freshRanking = http.get(candidates, adviser);
        FaultHttp.Answer freshSearch = http.post("/api/v1/search/candidates?size=50", search, adviser);
        for (FaultHttp.Answer fresh : List.of(freshRanking, freshSearch)) {
            assertThat(fresh.status()).as(fresh.body()).isEqualTo(200);
            assertThat(fresh.header(STALE_HEADER)).isNull();
            assertThat(fresh.body()).contains("\"stale\":false");
            assertThat(items(fresh)).isNotEmpty();
        }

        http.reset();
        long pid = database.serverPid().orElseThrow();
        supervisor.holdRestarts(HELD);
        ProcessHandle.of(pid).orElseThrow().destroyForcibly();
        FaultHttp.Answer staleRanking;
        FaultHttp.Answer staleSearch;
        try {
            waitUntil(HELD, () -> http.health() == 503);
            staleRanking = http.get(candidates, adviser);
            staleSearch = http.post("/api/v1/search/candidates?size=50", search, adviser);
            FaultHttp.Answer person = http.get("/api/v1/job-seekers/" + items(freshSearch).get(0).get(0), adviser);
            assertThat(person.status()).as("a person's record needs the database").isEqualTo(503);
            // the login reads the failed-login counts and the account: a 503 with Retry-After, never 401 or 500
            FaultHttp.Answer login = http.post("/login", "{\"username\":\"conseiller\",\"password\":\"faux\"}", null);
            assertThat(login.status()).as("a login needs the database: %s", login.body()).isEqualTo(503);
            assertThat(login.header("Retry-After")).isNotNull();
        } finally {
            supervisor.holdRestarts(Duration.ZERO);
        }
        System.out.printf("Database away: ranking %d (%d ms), free search %d (%d ms), header %s%n",
                staleRanking.status(), staleRanking.millis(), staleSearch.status(), staleSearch.millis(),
                staleRanking.header(STALE_HEADER));
        for (FaultHttp.Answer[] pair : List.of(new FaultHttp.Answer[] {freshRanking, staleRanking},
                new FaultHttp.Answer[] {freshSearch, staleSearch})) {
            FaultHttp.Answer fresh = pair[0];
            FaultHttp.Answer stale = pair[1];
            assertThat(stale.status()).as(stale.body()).isEqualTo(200);
            assertThat(stale.header(STALE_HEADER)).isEqualTo("perimees");
            assertThat(stale.body()).contains("\"stale\":true");
            // the index equals the database here: the same people, in the same order, with the same names and units
            assertThat(items(stale)).isEqualTo(items(fresh));
            assertThat(total(stale)).isEqualTo(total(fresh));
        }

        waitUntil(Duration.ofSeconds(60), () -> http.health() == 200);
        // the first request after the outage may still meet a broken pooled connection (then it answers from the
        // index, marked stale): the service must be back to fresh answers within a few seconds
        waitUntil(Duration.ofSeconds(15), () -> http.get(candidates, adviser).header(STALE_HEADER) == null);
        FaultHttp.Answer back = http.get(candidates, adviser);
        assertThat(back.status()).isEqualTo(200);
        assertThat(back.header(STALE_HEADER)).isNull();
        assertThat(items(back)).isEqualTo(items(freshRanking));
    }

    /** Each item of a ranking page as [jobSeekerId, displayName, employmentUnit], in rank order. */
    private static List<List<String>> items(FaultHttp.Answer a) {
        return java.util.regex.Pattern.compile("\"jobSeekerId\"\\s*:\\s*\"([^\"]+)\"\\s*,\\s*\"displayName\"\\s*:"
                        + "\\s*\"([^\"]*)\".*?\"employmentUnit\"\\s*:\\s*\"([^\"]*)\"")
                .matcher(a.body()).results().map(m -> List.of(m.group(1), m.group(2), m.group(3))).toList();
    }

    private static String total(FaultHttp.Answer a) {
        return java.util.regex.Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(a.body()).results()
                .map(m -> m.group(1)).findFirst().orElse("?");
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

    /**
     * A database outage is logged once, at WARN and without a stack trace, by {@link FaultLog} (and its end at INFO):
     * no request logs an ERROR (Micronaut's "Unexpected error occurred", the error processor's "internal error") on
     * its way to 503.
     */
    private void assertOutageLoggedOnceWithoutErrors(int from) {
        List<ILoggingEvent> events;
        synchronized (logs) {
            events = List.copyOf(logs.list.subList(from, logs.list.size()));
        }
        assertThat(events).filteredOn(e -> e.getLevel() == Level.ERROR && (e.getLoggerName().startsWith("io.micronaut.http")
                        || e.getLoggerName().startsWith("fr.tremplin.api")))
                .as("ERROR lines of requests during the outage").isEmpty();
        List<ILoggingEvent> outage = events.stream().filter(e -> e.getLoggerName().equals(FaultLog.class.getName()))
                .toList();
        // one line when the outage starts (none when it continues one that a late 503 left open), one when it ends
        assertThat(outage).as("FaultLog lines").hasSizeLessThanOrEqualTo(3)
                .allSatisfy(e -> assertThat(e.getThrowableProxy()).as("stack trace").isNull());
        synchronized (logs) {
            assertThat(logs.list).as("the outage is logged at WARN")
                    .anyMatch(e -> e.getLoggerName().equals(FaultLog.class.getName()) && e.getLevel() == Level.WARN);
        }
    }

    /**
     * Every test starts from a quiet service: database UP and every write of the tests before it in the index (a
     * test that failed may have left the database stopped or the outbox not yet applied).
     */
    private void settle() throws InterruptedException {
        database.serverPid().ifPresent(pid -> signal("CONT", pid));
        waitUntil(Duration.ofSeconds(60), () -> http.health() == 200);
        index.syncNow(Duration.ofSeconds(30));
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
