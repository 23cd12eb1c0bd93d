package fr.tremplin.api.cli;

import fr.tremplin.data.db.EmbeddedMariaDb;
import fr.tremplin.data.db.EmbeddedMariaDbSettings;
import fr.tremplin.data.db.SharedTestDatabase;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code backup} of a test schema with demo data, {@code restore} into a fresh data directory (a new, secured embedded
 * MariaDB, as in production), then every table compared (rows and {@code CHECKSUM TABLE}); the refusals in French.
 */
class BackupRestoreTest {

    private static final String SOURCE = "backup_source";
    private final Path work = Path.of("target/backup-test/" + System.nanoTime()).toAbsolutePath();
    private final Path instance = work.resolve("mariadb");

    @Test
    void aBackupRestoredIntoAFreshDataDirectoryHasEveryTableIdentical() throws Exception {
        Map<String, Object> source = Map.of("tremplin.db.name", SOURCE, "tremplin.demo.accounts-only", false,
                "tremplin.demo.seekers", 300, "tremplin.demo.companies", 30, "tremplin.demo.vacancies", 40,
                "tremplin.index.dir", work.resolve("source-index").toString());
        assertThat(TremplinCli.run(new String[] {"rebuild-index"}, source, "test")).as("demo data loaded").isZero();

        Path backup = work.resolve("backup");
        Run made = cli(new String[] {"backup", backup.toString()}, source, "test");
        assertThat(made.exit()).as(made.err()).isZero();
        assertThat(Files.list(backup).map(p -> p.getFileName().toString()).toList())
                .containsExactlyInAnyOrder("tremplin.sql.gz", "manifest.json");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rwx------");
        String manifest = Files.readString(backup.resolve("manifest.json"));
        Map<String, Long[]> sourceTables;
        try (Connection c = sourceConnection()) {
            sourceTables = checksums(c);
        }
        assertThat(sourceTables.get("job_seeker")[0]).isEqualTo(300);
        assertThat(manifest).contains("\"schema\":\"" + SOURCE + "\"", "\"flywayVersion\":\"", "\"sha256\":\"",
                "\"job_seeker\":300", "\"tremplinVersion\":\"0.");

        // refusals: nothing is written, the messages say why in French
        Run notEmpty = cli(new String[] {"backup", backup.toString()}, source, "test");
        assertThat(notEmpty.exit()).isNotZero();
        assertThat(notEmpty.err()).contains("n'est pas vide");
        Map<String, Object> fresh = freshInstance();
        Run missing = cli(new String[] {"restore", work.resolve("nowhere").toString()}, fresh);
        assertThat(missing.exit()).isNotZero();
        assertThat(missing.err()).contains("n'existe pas");
        Run noArgument = cli(new String[] {"restore"}, fresh);
        assertThat(noArgument.exit()).isNotZero();
        Path altered = work.resolve("altered");
        Files.createDirectories(altered);
        Files.copy(backup.resolve("manifest.json"), altered.resolve("manifest.json"));
        byte[] dump = Files.readAllBytes(backup.resolve("tremplin.sql.gz"));
        dump[dump.length / 2] ^= 0x20;
        Files.write(altered.resolve("tremplin.sql.gz"), dump);
        Run corrupt = cli(new String[] {"restore", altered.toString()}, fresh);
        assertThat(corrupt.exit()).isNotZero();
        assertThat(corrupt.err()).contains("Somme de contrôle différente", "rien n'a été restauré");

        Run restored = cli(new String[] {"restore", backup.toString()}, fresh);
        assertThat(restored.exit()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("Base restaurée", "Index reconstruits :");
        Run verified = cli(new String[] {"verify-index"}, fresh);
        assertThat(verified.exit()).as("index equals the restored database: %s", verified.out()).isZero();
        assertThat(verified.out().lines().filter(line -> line.startsWith("Index ")).toList()).as("in French")
                .singleElement().satisfies(line -> assertThat(line)
                        .startsWith("Index conformes à la base de données (personnes : ").doesNotContain("consistent"));

        EmbeddedMariaDb server = EmbeddedMariaDb.start(settings());
        try {
            try (Connection c = server.adminConnection()) {
                c.setCatalog("tremplin");
                Map<String, Long[]> restoredTables = checksums(c);
                assertThat(restoredTables.keySet()).isEqualTo(sourceTables.keySet());
                sourceTables.forEach((table, expected) -> assertThat(restoredTables.get(table))
                        .as("rows and CHECKSUM TABLE of %s", table).containsExactly(expected));
            }
            // the embedded database belongs to a running process: restore refuses, backup copies it hot
            Run refused = cli(new String[] {"restore", backup.toString()}, fresh);
            assertThat(refused.exit()).isNotZero();
            assertThat(refused.err()).contains("arrêtez le service", "Rien n'a été modifié");
            Path hot = work.resolve("hot");
            Run hotBackup = cli(new String[] {"backup", hot.toString()}, fresh);
            assertThat(hotBackup.exit()).as(hotBackup.err()).isZero();
            assertThat(hotBackup.err()).contains("sauvegarde à chaud");
            assertThat(tables(Files.readString(hot.resolve("manifest.json"))))
                    .isEqualTo(tables(manifest));
        } finally {
            server.stop();
        }
    }

    private Map<String, Object> freshInstance() {
        Map<String, Object> p = new HashMap<>();
        p.put("tremplin.db.embedded.data-dir", instance.toString());
        p.put("tremplin.db.embedded.base-dir", baseDir().toString());
        p.put("tremplin.db.embedded.supervise-interval", "0s");
        p.put("tremplin.index.dir", work.resolve("restored-index").toString());
        return p;
    }

    private EmbeddedMariaDbSettings settings() {
        return new EmbeddedMariaDbSettings(instance, baseDir(), 0, "tremplin", false, List.of(), Duration.ofSeconds(60),
                true);
    }

    private static Path baseDir() {
        EmbeddedMariaDb shared = SharedTestDatabase.get().embedded();
        return shared != null ? shared.settings().baseDir()
                : Path.of(EmbeddedMariaDbSettings.DEFAULT_TEST_BASE_DIR).toAbsolutePath();
    }

    private static Connection sourceConnection() throws SQLException {
        SharedTestDatabase db = SharedTestDatabase.get();
        return DriverManager.getConnection(db.jdbcUrl(SOURCE), db.username(), db.password());
    }

    /** Table → {rows, CHECKSUM TABLE}. */
    private static Map<String, Long[]> checksums(Connection c) throws SQLException {
        Map<String, Long[]> result = new TreeMap<>();
        try (Statement s = c.createStatement()) {
            List<String> tables = new java.util.ArrayList<>();
            try (ResultSet r = s.executeQuery("SHOW FULL TABLES WHERE Table_type = 'BASE TABLE'")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            for (String table : tables) {
                long rows;
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM `" + table + "`")) {
                    r.next();
                    rows = r.getLong(1);
                }
                try (ResultSet r = s.executeQuery("CHECKSUM TABLE `" + table + "`")) {
                    r.next();
                    result.put(table, new Long[] {rows, r.getLong(2)});
                }
            }
        }
        return result;
    }

    private static String tables(String manifest) {
        return manifest.substring(manifest.indexOf("\"tables\""));
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run cli(String[] args, Map<String, Object> properties, String... environments) throws IOException {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try (PrintStream po = new PrintStream(o, true, StandardCharsets.UTF_8);
             PrintStream pe = new PrintStream(e, true, StandardCharsets.UTF_8)) {
            System.setOut(po);
            System.setErr(pe);
            int exit = TremplinCli.run(args, properties, environments);
            return new Run(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
            System.out.println(o.toString(StandardCharsets.UTF_8));
            System.err.println(e.toString(StandardCharsets.UTF_8));
        }
    }
}
