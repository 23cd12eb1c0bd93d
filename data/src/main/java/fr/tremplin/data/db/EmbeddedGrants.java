package fr.tremplin.data.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Schemas, accounts and privileges of an embedded MariaDB.
 *
 * <p>{@link #secure} runs once, on a server started with {@code --skip-grant-tables --skip-networking} (a new
 * data directory, or one created by an earlier version that ran without grants): it loads the grant tables,
 * gives every {@code root} account the generated password (which also removes the password-less
 * {@code unix_socket} login that {@code mariadb-install-db} gives {@code root@localhost}), drops the other
 * accounts the installation created (the anonymous ones, the operating-system user's password-less one), and creates
 * {@code root@127.0.0.1} and the application account {@code tremplin@127.0.0.1}.
 */
final class EmbeddedGrants {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedGrants.class);
    static final String HOST = "127.0.0.1";
    /** What the application needs on its schema: data, and the DDL of its Flyway migrations. */
    static final String APP_PRIVILEGES = "SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, DROP, INDEX, REFERENCES,"
            + " CREATE TEMPORARY TABLES, LOCK TABLES, CREATE VIEW, SHOW VIEW, TRIGGER, EXECUTE";

    private EmbeddedGrants() {
    }

    static void secure(Connection c, EmbeddedCredentials credentials) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("FLUSH PRIVILEGES"); // grant tables on, in this server too
            List<String[]> accounts = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT User, Host FROM mysql.global_priv")) {
                while (rs.next()) {
                    accounts.add(new String[]{rs.getString(1), rs.getString(2)});
                }
            }
            int dropped = 0;
            for (String[] account : accounts) {
                String user = account[0];
                String host = account[1];
                if (host == null || host.isEmpty() || user.equals("mariadb.sys")
                        || user.equals(credentials.appUser())) {
                    continue; // roles (PUBLIC), the system account, ours (below)
                }
                if (user.equals("root")) {
                    alterPassword(c, user, host, credentials.rootPassword());
                } else {
                    execute(c, "DROP USER ?@?", user, host);
                    dropped++;
                }
            }
            execute(c, "CREATE USER IF NOT EXISTS 'root'@?", HOST);
            alterPassword(c, "root", HOST, credentials.rootPassword());
            s.execute("GRANT ALL PRIVILEGES ON *.* TO 'root'@'" + HOST + "' WITH GRANT OPTION");
            execute(c, "CREATE USER IF NOT EXISTS ?@?", credentials.appUser(), HOST);
            alterPassword(c, credentials.appUser(), HOST, credentials.appPassword());
            s.execute("FLUSH PRIVILEGES");
            LOG.info("Embedded MariaDB: grant tables on, root password set, {} other installation account(s) removed,"
                    + " application account '{}'@'{}' ready", dropped, credentials.appUser(), HOST);
        }
    }

    /**
     * Creates {@code database} if missing ({@code recreate}: drops it first) and, on a secured server
     * ({@code appUser} not null), gives the application account its privileges on it.
     */
    static void createSchema(Connection c, String database, boolean recreate, String appUser) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (recreate) {
                s.execute("DROP DATABASE IF EXISTS `" + database + "`");
            }
            s.execute("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET " + EmbeddedMariaDb.CHARSET
                    + " COLLATE " + EmbeddedMariaDb.COLLATION);
        }
        if (appUser != null) {
            grantSchema(c, database, appUser);
        }
    }

    /** Gives the application account its privileges on {@code database}. */
    static void grantSchema(Connection c, String database, String appUser) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("GRANT " + APP_PRIVILEGES + " ON `" + EmbeddedMariaDbSettings.requireValidSchemaName(database)
                    + "`.* TO '" + appUser.replace("'", "") + "'@'" + HOST + "'");
        }
    }

    private static void alterPassword(Connection c, String user, String host, String password) throws SQLException {
        // IDENTIFIED BY replaces every authentication method of the account (unix_socket included)
        execute(c, "ALTER USER ?@? IDENTIFIED BY ?", user, host, password);
    }

    private static void execute(Connection c, String sql, String... args) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                p.setString(i + 1, args[i]);
            }
            p.execute();
        }
    }
}
