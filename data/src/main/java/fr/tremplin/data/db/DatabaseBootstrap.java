package fr.tremplin.data.db;

import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.env.Environment;
import io.micronaut.context.event.BeanInitializedEventListener;
import io.micronaut.context.event.BeanInitializingEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;

/**
 * Decides where the default datasource points, before Hikari reads its URL (a
 * {@code BeanCreatedEventListener} would be too late: "No URL specified").
 *
 * <ol>
 *   <li>{@code datasources.default.url} is set (application.yml, {@code DATASOURCES_DEFAULT_URL}, a test's
 *       properties): {@link DatabaseMode#EXTERNAL}, nothing is started;</li>
 *   <li>otherwise {@code tremplin.db.url} ({@code TREMPLIN_DB_URL}, with {@code TREMPLIN_DB_USER} /
 *       {@code TREMPLIN_DB_PASSWORD}) is copied onto the datasource: {@link DatabaseMode#EXTERNAL}
 *       (ignored in the {@code test} environment, so that tests never write to a real database by
 *       accident);</li>
 *   <li>otherwise, in the {@code test} environment: the {@link TestDatabase} of the JVM (data's test-jar:
 *       Testcontainers when Docker answers, else embedded), schema emptied once per JVM;</li>
 *   <li>otherwise: the embedded MariaDB in {@code var/mariadb} ({@code tremplin.db.embedded.data-dir}),
 *       started now and stopped with the context; supervised ({@link EmbeddedMariaDbSupervisor}); the
 *       {@code prod} environment refuses it.</li>
 * </ol>
 * In every mode the connections fail fast when the database is away (timeouts of {@link DatabaseSettings}).
 */
@Singleton
public class DatabaseBootstrap implements BeanInitializedEventListener<DatasourceConfiguration> {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseBootstrap.class);
    static final String DRIVER = "org.mariadb.jdbc.Driver";

    private final Environment environment;
    private final DatabaseSettings settings;
    private final EmbeddedDatabaseSettings embedded;
    private final BeanProvider<javax.sql.DataSource> dataSources;
    private volatile DatabaseInfo info;
    private EmbeddedMariaDbLease lease;
    private volatile EmbeddedMariaDbSupervisor supervisor;

    public DatabaseBootstrap(Environment environment, DatabaseSettings settings, EmbeddedDatabaseSettings embedded,
                             BeanProvider<javax.sql.DataSource> dataSources) {
        this.environment = environment;
        this.settings = settings;
        this.embedded = embedded;
        this.dataSources = dataSources;
    }

    @Override
    public DatasourceConfiguration onInitialized(BeanInitializingEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration ds = event.getBean();
        if (!"default".equals(ds.getName())) {
            return ds;
        }
        synchronized (this) {
            configure(ds);
        }
        return ds;
    }

    private void configure(DatasourceConfiguration ds) {
        boolean test = environment.getActiveNames().contains(Environment.TEST);
        String database = EmbeddedMariaDbSettings.requireValidSchemaName(settings.name());
        Optional<String> tremplinUrl = settings.externalUrl();
        String configuredUrl = ds.getConfiguredUrl();

        if (configuredUrl != null && !configuredUrl.isBlank()) {
            if (tremplinUrl.isPresent() && !tremplinUrl.get().equals(configuredUrl)) {
                LOG.warn("Both datasources.default.url and TREMPLIN_DB_URL are set; using datasources.default.url");
            }
            info = new DatabaseInfo(DatabaseMode.EXTERNAL, configuredUrl, ds.getConfiguredUsername(), null, null, test, -1);
            LOG.info("Database: EXTERNAL MariaDB {} (datasources.default.url)", info.url());
        } else if (tremplinUrl.isPresent() && !test) {
            ds.setUrl(tremplinUrl.get());
            settings.externalUser().ifPresent(ds::setUsername);
            settings.externalPassword().ifPresent(ds::setPassword);
            info = new DatabaseInfo(DatabaseMode.EXTERNAL, tremplinUrl.get(), ds.getConfiguredUsername(), null, null, false, -1);
            LOG.info("Database: EXTERNAL MariaDB {} (TREMPLIN_DB_URL)", info.url());
        } else if (test) {
            if (tremplinUrl.isPresent()) {
                LOG.info("Database: TREMPLIN_DB_URL is ignored in the test environment (tests get their own"
                        + " MariaDB); set datasources.default.url to run them against another server");
            }
            TestDatabase shared = TestDatabase.of(environment);
            String url = shared.prepare(database);
            ds.setUrl(url);
            ds.setUsername(shared.username());
            ds.setPassword(shared.password());
            String dataDir = shared.embedded() == null ? null : shared.embedded().dataDir().toString();
            info = new DatabaseInfo(shared.mode(), url, shared.username(), database, dataDir, true, shared.startMillis());
            LOG.info("Database: test {}", info.describe());
        } else {
            if (environment.getActiveNames().contains("prod")) {
                throw new IllegalStateException("The production configuration (environment 'prod') refuses the"
                        + " embedded MariaDB: point Tremplin at a managed MariaDB with TREMPLIN_DB_URL,"
                        + " TREMPLIN_DB_USER and TREMPLIN_DB_PASSWORD");
            }
            EmbeddedMariaDbSettings server = embedded.server(database);
            LOG.info("Database: no datasources.default.url nor TREMPLIN_DB_URL, starting the embedded MariaDB in {}",
                    server.instanceDir());
            lease = EmbeddedMariaDb.acquire(server);
            EmbeddedMariaDb running = lease.server();
            ds.setUrl(running.jdbcUrl(database));
            ds.setUsername(running.appUser());
            ds.setPassword(running.appPassword());
            EmbeddedMariaDb.StartReport report = running.startReport();
            info = new DatabaseInfo(DatabaseMode.EMBEDDED, running.jdbcUrl(database), running.appUser(), database,
                    running.dataDir().toString(), false, report == null ? -1 : report.totalMillis());
            Duration every = embedded.superviseInterval();
            if (!every.isZero()) {
                supervisor = new EmbeddedMariaDbSupervisor(running, every, this::reconnectPool);
            }
        }
        applyTimeouts(ds);
        if (ds.getConfiguredDriverClassName() == null) {
            ds.setDriverClassName(DRIVER);
        }
    }

    private void applyTimeouts(DatasourceConfiguration ds) {
        Duration connect = settings.connectTimeout();
        Duration socket = settings.socketTimeout();
        Duration statement = settings.statementTimeout();
        Duration pool = settings.poolTimeout();
        ds.addDataSourceProperty("connectTimeout", Long.toString(connect.toMillis()));
        ds.addDataSourceProperty("socketTimeout", Long.toString(socket.toMillis()));
        if (!statement.isZero()) {
            long seconds = Math.max(1, statement.toSeconds());
            ds.addDataSourceProperty("sessionVariables", "max_statement_time=" + seconds
                    + ",innodb_lock_wait_timeout=" + seconds);
        }
        // Micronaut's own setting, when given, wins over tremplin.db.pool-timeout
        if (environment.getProperty("datasources.default.connection-timeout", String.class).filter(v -> !v.isBlank())
                .isEmpty()) {
            ds.setConnectionTimeout(Math.max(250, pool.toMillis()));
            ds.setValidationTimeout(Math.max(250, Math.min(pool.toMillis() - 100, 2000)));
        }
        LOG.debug("Database timeouts: connect {} ms, socket {} ms, statement {} s, pool wait {} ms", connect.toMillis(),
                socket.toMillis(), statement.toSeconds(), ds.getConnectionTimeout());
    }

    /** After a restart of the embedded server: the pool drops its connections to the dead one. */
    private void reconnectPool() {
        try {
            javax.sql.DataSource ds = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource
                    .unwrapDataSource(dataSources.get());
            HikariDataSource hikari = ds instanceof HikariDataSource h ? h : ds.unwrap(HikariDataSource.class);
            if (hikari.getHikariPoolMXBean() != null) {
                hikari.getHikariPoolMXBean().softEvictConnections();
            }
        } catch (Exception e) {
            LOG.debug("Cannot reach the connection pool to evict its connections", e);
        }
    }

    /** The embedded server's supervision, when this process runs the embedded MariaDB. */
    public Optional<EmbeddedMariaDbSupervisor> supervisor() {
        return Optional.ofNullable(supervisor);
    }

    /** The embedded server of this context, when it runs one (not the test server). */
    public Optional<EmbeddedMariaDb> embeddedServer() {
        return Optional.ofNullable(lease).map(EmbeddedMariaDbLease::server);
    }

    /** What the default datasource points at; empty until the datasource configuration was initialised. */
    public Optional<DatabaseInfo> info() {
        return Optional.ofNullable(info);
    }

    /** Stops the embedded server of this context (test servers live until the JVM exits). */
    @PreDestroy
    public synchronized void close() {
        if (supervisor != null) {
            supervisor.close();
            supervisor = null;
        }
        if (lease != null) {
            lease.release();
            lease = null;
        }
    }
}
