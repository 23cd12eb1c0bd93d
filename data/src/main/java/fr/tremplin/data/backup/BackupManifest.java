package fr.tremplin.data.backup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;
import java.util.TreeMap;

/**
 * {@code manifest.json} of a backup directory: what the dump holds and how to check it.
 *
 * @param format          version of this layout (1)
 * @param createdAt       when the dump started (ISO-8601, UTC)
 * @param tremplinVersion version of the program that wrote it
 * @param schema          the schema that was dumped
 * @param flywayVersion   the last Flyway migration applied to it, null without Flyway history
 * @param serverVersion   MariaDB server version
 * @param dumpFile        name of the dump in the directory ({@value BackupFiles#DUMP})
 * @param dumpBytes       size of that file
 * @param sha256          SHA-256 of that file, hexadecimal
 * @param tables          rows per table, counted in the dump itself
 */
@Serdeable
public record BackupManifest(int format, String createdAt, String tremplinVersion, String schema,
                             @Nullable String flywayVersion, String serverVersion, String dumpFile, long dumpBytes,
                             String sha256, Map<String, Long> tables) {

    public static final int FORMAT = 1;

    public BackupManifest {
        tables = tables == null ? Map.of() : new TreeMap<>(tables);
    }

    public long totalRows() {
        return tables.values().stream().mapToLong(Long::longValue).sum();
    }
}
