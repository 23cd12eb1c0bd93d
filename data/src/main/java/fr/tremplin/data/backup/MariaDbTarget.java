package fr.tremplin.data.backup;

import java.net.URI;
import java.util.Locale;

/**
 * Where the MariaDB client programs connect: host, port, schema and account (the password never goes on a command
 * line: see {@link MariaDbClients}).
 *
 * @param ssl false for the embedded server (started with {@code --skip-ssl}) and for a JDBC URL that does not ask
 *            for TLS (the JDBC driver does not use it either)
 */
public record MariaDbTarget(String host, int port, String schema, String user, String password, boolean ssl) {

    @Override
    public String toString() {
        return "MariaDbTarget[" + user + "@" + host + ":" + port + "/" + schema + ", password hidden]";
    }

    /** From a JDBC URL such as {@code jdbc:mariadb://127.0.0.1:3306/tremplin?sslMode=verify-full}. */
    public static MariaDbTarget fromJdbcUrl(String jdbcUrl, String user, String password) {
        if (jdbcUrl == null || !(jdbcUrl.startsWith("jdbc:mariadb://") || jdbcUrl.startsWith("jdbc:mysql://"))) {
            throw new BackupException("URL de base de données non prise en charge pour la sauvegarde : "
                    + jdbcUrl + " (attendu : jdbc:mariadb://hôte:port/schéma)");
        }
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String host = uri.getHost() == null ? "127.0.0.1" : uri.getHost();
        int port = uri.getPort() < 0 ? 3306 : uri.getPort();
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (path.isBlank()) {
            throw new BackupException("L'URL de la base ne nomme pas de schéma : " + jdbcUrl);
        }
        String query = uri.getQuery() == null ? "" : uri.getQuery().toLowerCase(Locale.ROOT);
        boolean ssl = (query.contains("sslmode=") && !query.contains("sslmode=disable"))
                || query.contains("usessl=true");
        return new MariaDbTarget(host, port, path, user, password == null ? "" : password, ssl);
    }

    public MariaDbTarget withAccount(String otherUser, String otherPassword) {
        return new MariaDbTarget(host, port, schema, otherUser, otherPassword, ssl);
    }

    /** The JDBC URL of the schema (no password in it). */
    public String jdbcUrl() {
        return "jdbc:mariadb://" + host + ":" + port + "/" + schema;
    }
}
