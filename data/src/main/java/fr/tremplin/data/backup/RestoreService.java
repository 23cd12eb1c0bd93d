package fr.tremplin.data.backup;

import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * {@code restore DIR}: checks the manifest and the dump's SHA-256 <em>before</em> touching anything, empties the
 * application's schema (every table and view), loads the dump with the {@code mariadb} client, checks that every
 * table has the manifest's row count, then applies the Flyway migrations this version has and the backup had not.
 * The service must be stopped (the caller checks what it can: the embedded server's and the index's locks).
 */
@Singleton
public class RestoreService {

    private static final Logger LOG = LoggerFactory.getLogger(RestoreService.class);

    /** What a restore did. */
    public record RestoreReport(BackupManifest manifest, Map<String, Long> rows, Duration took) {
    }

    private final BackupTargets targets;
    private final ObjectMapper json;

    public RestoreService(BackupTargets targets, ObjectMapper json) {
        this.targets = targets;
        this.json = json;
    }

    /** Reads the manifest and verifies the dump's checksum; changes nothing. */
    public BackupManifest check(Path dir) {
        Path directory = dir.toAbsolutePath().normalize();
        BackupManifest manifest = BackupFiles.readManifest(directory, json);
        BackupFiles.verifyChecksum(directory, manifest);
        return manifest;
    }

    public RestoreReport restore(Path dir) {
        long t0 = System.nanoTime();
        Path directory = dir.toAbsolutePath().normalize();
        BackupManifest manifest = check(directory);
        MariaDbTarget target = targets.target();
        MariaDbClients clients = targets.clients();
        LOG.info("Restoring {} ({} tables, {} rows, schema {} of {}) into schema {}", directory,
                manifest.tables().size(), manifest.totalRows(), manifest.schema(), manifest.createdAt(),
                target.schema());
        emptySchema(target);
        try (InputStream sql = new GZIPInputStream(new BufferedInputStream(
                Files.newInputStream(directory.resolve(manifest.dumpFile())), 1 << 16), 1 << 16)) {
            clients.load(target, sql);
        } catch (IOException e) {
            throw new BackupException("Lecture de la sauvegarde impossible : " + e.getMessage()
                    + ". La base est incomplète : relancez la restauration.", e);
        } catch (BackupException e) {
            throw new BackupException(e.getMessage() + ". La base est incomplète : relancez la restauration.", e);
        }
        Map<String, Long> rows = countRows(target);
        if (!rows.equals(new TreeMap<>(manifest.tables()))) {
            throw new BackupException("Après chargement, les tables ne correspondent pas au manifeste : attendu "
                    + manifest.tables() + ", trouvé " + rows);
        }
        migrate(target);
        return new RestoreReport(manifest, rows, Duration.ofNanos(System.nanoTime() - t0));
    }

    private static void emptySchema(MariaDbTarget target) {
        try (Connection c = connect(target); Statement s = c.createStatement()) {
            List<String> drops = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT table_name, table_type FROM information_schema.tables"
                    + " WHERE table_schema = ? ORDER BY table_type DESC")) {
                p.setString(1, target.schema());
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        String kind = "VIEW".equals(r.getString(2)) ? "VIEW" : "TABLE";
                        drops.add("DROP " + kind + " IF EXISTS `" + r.getString(1).replace("`", "``") + "`");
                    }
                }
            }
            s.execute("SET FOREIGN_KEY_CHECKS = 0");
            for (String drop : drops) {
                s.execute(drop);
            }
            s.execute("SET FOREIGN_KEY_CHECKS = 1");
        } catch (SQLException e) {
            throw new BackupException("Impossible de vider le schéma " + target.schema() + " avant la restauration : "
                    + e.getMessage(), e);
        }
    }

    /** Rows per base table of the schema. */
    static Map<String, Long> countRows(MariaDbTarget target) {
        Map<String, Long> rows = new TreeMap<>();
        try (Connection c = connect(target); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = ? AND table_type = 'BASE TABLE'")) {
                p.setString(1, target.schema());
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        tables.add(r.getString(1));
                    }
                }
            }
            for (String table : tables) {
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM `" + table.replace("`", "``") + "`")) {
                    r.next();
                    rows.put(table, r.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new BackupException("Impossible de compter les lignes restaurées : " + e.getMessage(), e);
        }
        return rows;
    }

    /** Brings a backup made by an earlier version up to this version's schema (nothing to do otherwise). */
    private static void migrate(MariaDbTarget target) {
        try {
            Flyway.configure().dataSource(target.jdbcUrl(), target.user(), target.password()).load().migrate();
        } catch (RuntimeException e) {
            throw new BackupException("Données restaurées, mais la mise à jour du schéma (Flyway) a échoué : "
                    + e.getMessage(), e);
        }
    }

    private static Connection connect(MariaDbTarget target) throws SQLException {
        return DriverManager.getConnection(target.jdbcUrl(), target.user(), target.password());
    }
}
