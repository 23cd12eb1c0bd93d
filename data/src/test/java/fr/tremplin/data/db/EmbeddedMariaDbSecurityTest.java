package fr.tremplin.data.db;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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

/**
 * The application's embedded server runs with grant tables: generated passwords in an owner-only file, no
 * password-less root login (bundled client, socket or TCP), an application account limited to its schema; a
 * data directory from a version without grants is secured on its first start; a killed mariadbd is started again.
 */
class EmbeddedMariaDbSecurityTest {

    private static final Path BASE = Path.of(EmbeddedMariaDbSettings.DEFAULT_TEST_BASE_DIR);

    private static EmbeddedMariaDbSettings settings(String dir, boolean secured) {
        return new EmbeddedMariaDbSettings(Path.of("target", dir), BASE, 0, "secure_app", false, List.of(),
                Duration.ofSeconds(60), secured);
    }

    @Test
    void securedServerRefusesPasswordLessRootAndLimitsTheApplicationAccount() throws Exception {
        EmbeddedMariaDbSettings settings = settings("mariadb-secured-test", true);
        deleteRecursively(settings.instanceDir());
        EmbeddedMariaDb server = EmbeddedMariaDb.start(settings);
        try {
            Path credentials = EmbeddedCredentials.file(settings.instanceDir());
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials))).isEqualTo("rw-------");
            assertThat(server.appUser()).isEqualTo("tremplin");

            // the bundled client, as root without a password: over the socket and over TCP
            Result socket = client(server, "--socket=" + settings.runDir().resolve("mariadbd.sock"), "-uroot");
            Result tcp = client(server, "-h127.0.0.1", "-P" + server.port(), "-uroot");
            System.out.println("password-less root, socket: exit " + socket.exit() + " " + socket.output().strip());
            System.out.println("password-less root, TCP: exit " + tcp.exit() + " " + tcp.output().strip());
            assertThat(socket.exit()).isNotZero();
            assertThat(socket.output()).contains("Access denied");
            assertThat(tcp.exit()).isNotZero();
            assertThat(tcp.output()).contains("Access denied");
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "root", "").close())
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "", "").close())
                    .as("anonymous login").isInstanceOf(SQLException.class);

            try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.appUser(), server.appPassword());
                 Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (id INT PRIMARY KEY)");
                s.execute("INSERT INTO t VALUES (1)");
                assertThatThrownBy(() -> s.execute("CREATE DATABASE other_schema")).isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> s.executeQuery("SELECT * FROM mysql.global_priv"))
                        .isInstanceOf(SQLException.class);
            }
            try (Connection c = server.adminConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT CONCAT(User, '@', Host) FROM mysql.global_priv"
                         + " WHERE Host <> '' ORDER BY 1")) {
                List<String> accounts = new ArrayList<>();
                while (rs.next()) {
                    accounts.add(rs.getString(1));
                }
                assertThat(accounts).as("accounts").allMatch(a -> a.startsWith("root@") || a.equals("tremplin@127.0.0.1")
                        || a.equals("mariadb.sys@localhost"));
            }
        } finally {
            server.stop();
        }
        // the next start reads the same passwords
        EmbeddedMariaDb again = EmbeddedMariaDb.start(settings);
        try (Connection c = DriverManager.getConnection(again.jdbcUrl(), again.appUser(), again.appPassword());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM t")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        } finally {
            again.stop();
        }
    }

    @Test
    void dataDirectoryOfAVersionWithoutGrantsIsSecuredOnItsFirstStart() throws Exception {
        EmbeddedMariaDbSettings old = settings("mariadb-upgrade-test", false);
        deleteRecursively(old.instanceDir());
        EmbeddedMariaDb before = EmbeddedMariaDb.start(old);
        try (Connection c = DriverManager.getConnection(before.jdbcUrl(), "root", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (v VARCHAR(10))");
            s.execute("INSERT INTO kept VALUES ('avant')");
        } finally {
            before.stop();
        }
        EmbeddedMariaDb after = EmbeddedMariaDb.start(old.withSecured(true));
        try (Connection c = DriverManager.getConnection(after.jdbcUrl(), after.appUser(), after.appPassword());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT v FROM kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("avant");
            assertThatThrownBy(() -> DriverManager.getConnection(after.jdbcUrl(), "root", "").close())
                    .isInstanceOf(SQLException.class);
        } finally {
            after.stop();
        }
    }

    @Test
    void killedServerIsStartedAgainWithItsData() throws Exception {
        EmbeddedMariaDbSettings settings = settings("mariadb-supervised-test", true);
        deleteRecursively(settings.instanceDir());
        EmbeddedMariaDb server = EmbeddedMariaDb.start(settings);
        try (EmbeddedMariaDbSupervisor supervisor = new EmbeddedMariaDbSupervisor(server, Duration.ofMillis(200),
                () -> { })) {
            try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.appUser(), server.appPassword());
                 Statement s = c.createStatement()) {
                s.execute("CREATE TABLE acked (id INT PRIMARY KEY)");
                s.execute("INSERT INTO acked VALUES (1), (2), (3)");
            }
            long pid = server.serverPid().orElseThrow();
            new ProcessBuilder("kill", "-9", Long.toString(pid)).start().waitFor(10, TimeUnit.SECONDS);
            long t0 = System.nanoTime();
            long deadline = t0 + TimeUnit.SECONDS.toNanos(60);
            while (server.restarts() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            System.out.printf("MARIADB RESTART after kill -9: %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            assertThat(server.restarts()).isEqualTo(1);
            assertThat(supervisor.state().alive()).isTrue();
            assertThat(server.serverPid().orElseThrow()).isNotEqualTo(pid);
            try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.appUser(), server.appPassword());
                 Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM acked")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(3);
            }
        } finally {
            server.stop();
        }
    }

    private record Result(int exit, String output) {
    }

    private static Result client(EmbeddedMariaDb server, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(server.binariesDir().resolve("bin/mariadb").toString());
        command.add("--no-defaults");
        command.add("--skip-ssl");
        command.addAll(List.of(args));
        command.addAll(List.of("-e", "SELECT 1"));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("LD_LIBRARY_PATH", server.binariesDir().resolve("libs").toString());
        Process p = pb.start();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("the mariadb client did not answer within 30 s");
        }
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
