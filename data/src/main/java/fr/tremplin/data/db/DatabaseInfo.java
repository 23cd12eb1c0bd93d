package fr.tremplin.data.db;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.regex.Pattern;

/**
 * What the default datasource points at, for health, logging and guards. Never holds a password.
 *
 * @param mode          embedded, external or Testcontainers
 * @param url           JDBC URL with any password removed
 * @param username      JDBC user (may be null when the URL carries it)
 * @param database      schema name when known
 * @param dataDirectory MariaDB data directory of an embedded server, null otherwise
 * @param test          true when the process runs in the {@code test} environment
 * @param startMillis   time this process waited for its database server, -1 when it started none
 */
@Serdeable
public record DatabaseInfo(DatabaseMode mode,
                           String url,
                           @Nullable String username,
                           @Nullable String database,
                           @Nullable String dataDirectory,
                           boolean test,
                           long startMillis) {

    private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)([?&;](?:password|pwd)=)[^&;]*");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@]+):[^/@]*@");

    public DatabaseInfo {
        url = withoutPassword(url);
    }

    /**
     * The production guard: true when the database is an external MariaDB configured by URL (the
     * production set-up), false for the embedded server and for test databases. Demo accounts, demo data
     * and other conveniences must be refused when this is true.
     */
    public boolean isExternal() {
        return mode == DatabaseMode.EXTERNAL;
    }

    /** A one-line description for logs. */
    public String describe() {
        return mode + " MariaDB " + url + (dataDirectory == null ? "" : " (data in " + dataDirectory + ")");
    }

    /** Removes {@code password=...} parameters and {@code user:password@} from a JDBC URL. */
    public static String withoutPassword(String url) {
        if (url == null) {
            return null;
        }
        String cleaned = PASSWORD_PARAM.matcher(url).replaceAll("$1***");
        return USER_INFO.matcher(cleaned).replaceAll("$1:***@");
    }
}
