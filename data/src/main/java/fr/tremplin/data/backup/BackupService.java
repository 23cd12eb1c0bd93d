package fr.tremplin.data.backup;

import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * {@code backup DIR}: a consistent dump ({@code mariadb-dump --single-transaction}: one InnoDB snapshot, writers are
 * not blocked) of the application's schema, gzip-compressed, into a new or empty directory, with a
 * {@link BackupManifest} (rows per table counted in the dump, SHA-256 of the file). See {@link RestoreService} for
 * the way back.
 */
@Singleton
public class BackupService {

    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);

    private final BackupTargets targets;
    private final ObjectMapper json;

    public BackupService(BackupTargets targets, ObjectMapper json) {
        this.targets = targets;
        this.json = json;
    }

    /** Backs up the application's database (the default datasource). */
    public BackupManifest backup(Path dir) {
        BackupFiles.prepareEmpty(dir.toAbsolutePath().normalize());
        return backup(dir, targets.target(), targets.clients(), json);
    }

    /** Backs up {@code target} (e.g. the embedded server of a running service) without an application context. */
    public static BackupManifest backup(Path dir, MariaDbTarget target, MariaDbClients clients, ObjectMapper json) {
        Path directory = dir.toAbsolutePath().normalize();
        BackupFiles.prepareEmpty(directory);
        Instant createdAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String[] versions = versions(target);
        Path dump = directory.resolve(BackupFiles.DUMP);
        Path partial = directory.resolve(BackupFiles.DUMP + ".part");
        try {
            MessageDigest digest = BackupFiles.newDigest();
            DumpStatistics statistics;
            try (OutputStream file = Files.newOutputStream(partial);
                 OutputStream digested = new DigestOutputStream(new BufferedOutputStream(file, 1 << 16), digest);
                 GZIPOutputStream gzip = new GZIPOutputStream(digested, 1 << 16);
                 DumpStatistics counting = new DumpStatistics(gzip)) {
                statistics = counting;
                clients.dump(target, counting);
            }
            Files.move(partial, dump, StandardCopyOption.ATOMIC_MOVE);
            BackupFiles.ownerOnly(dump, "rw-------");
            Map<String, Long> rows = statistics.rows();
            if (rows.isEmpty()) {
                throw new BackupException("La sauvegarde ne contient aucune table : le schéma " + target.schema()
                        + " est-il vide ?");
            }
            BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, createdAt.toString(),
                    BackupTargets.tremplinVersion(), target.schema(), versions[0], versions[1], BackupFiles.DUMP,
                    Files.size(dump), HexFormat.of().formatHex(digest.digest()), rows);
            Path manifestFile = directory.resolve(BackupFiles.MANIFEST);
            Files.write(directory.resolve(BackupFiles.MANIFEST + ".part"), json.writeValueAsBytes(manifest));
            Files.move(directory.resolve(BackupFiles.MANIFEST + ".part"), manifestFile,
                    StandardCopyOption.ATOMIC_MOVE);
            BackupFiles.ownerOnly(manifestFile, "rw-------");
            LOG.info("Backup of schema {} written to {}: {} tables, {} rows, {} bytes", target.schema(), directory,
                    rows.size(), manifest.totalRows(), manifest.dumpBytes());
            return manifest;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(partial);
            deleteQuietly(dump);
            deleteQuietly(directory.resolve(BackupFiles.MANIFEST + ".part"));
            if (e instanceof BackupException b) {
                throw b;
            }
            throw new BackupException("Sauvegarde impossible : " + e.getMessage(), e);
        }
    }

    /** Flyway version and server version. */
    private static String[] versions(MariaDbTarget target) {
        try (Connection c = DriverManager.getConnection(target.jdbcUrl(), target.user(), target.password());
             Statement s = c.createStatement()) {
            String server;
            try (ResultSet r = s.executeQuery("SELECT VERSION()")) {
                r.next();
                server = r.getString(1);
            }
            String flyway = null;
            try (ResultSet r = s.executeQuery("SELECT version FROM flyway_schema_history WHERE success = 1"
                    + " AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")) {
                if (r.next()) {
                    flyway = r.getString(1);
                }
            } catch (SQLException e) {
                LOG.debug("No Flyway history in {}", target.schema(), e);
            }
            return new String[] {flyway, server};
        } catch (SQLException e) {
            throw new BackupException("Base de données injoignable (" + target.jdbcUrl() + ") : " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debug("Cannot delete {}", file, e);
        }
    }
}
