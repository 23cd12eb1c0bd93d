package fr.tremplin.data.testing;

import fr.tremplin.data.db.SharedTestDatabase;
import org.mariadb.jdbc.MariaDbDataSource;

import javax.sql.DataSource;
import java.sql.SQLException;

/**
 * The MariaDB of the test JVM for tests that do not start a Micronaut context (plain JDBC, indexer
 * tests...). {@code @MicronautTest} classes need nothing: their context gets the same server (see
 * {@code fr.tremplin.data.db.DatabaseBootstrap}).
 */
public final class TestDatabases {

    private TestDatabases() {
    }

    /** The shared server of this JVM (Testcontainers when Docker answers, else embedded MariaDB). */
    public static SharedTestDatabase server() {
        return SharedTestDatabase.get();
    }

    /** A schema emptied the first time this JVM asks for it; returns its JDBC URL. */
    public static String schema(String name) {
        return server().prepare(name);
    }

    /** A schema dropped and recreated now; returns its JDBC URL. */
    public static String freshSchema(String name) {
        return server().recreate(name);
    }

    /** A simple (unpooled) DataSource on a schema of the shared server. */
    public static DataSource dataSource(String schema) {
        try {
            MariaDbDataSource ds = new MariaDbDataSource(server().prepare(schema));
            ds.setUser(server().username());
            ds.setPassword(server().password());
            return ds;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
