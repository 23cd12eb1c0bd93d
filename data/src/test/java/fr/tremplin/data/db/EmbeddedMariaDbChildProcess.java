package fr.tremplin.data.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/**
 * Started in a child JVM by {@link EmbeddedMariaDbTest}: runs an embedded server, writes one row, prints
 * {@code READY <port> <mariadbd pid>} and waits to be killed.
 */
public final class EmbeddedMariaDbChildProcess {

    private EmbeddedMariaDbChildProcess() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedMariaDbSettings settings = new EmbeddedMariaDbSettings(Path.of(args[0]), Path.of(args[1]), 0,
                "stale", false, List.of(), Duration.ofSeconds(60));
        EmbeddedMariaDb server = EmbeddedMariaDb.start(settings);
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS written_before_kill (id INT PRIMARY KEY)");
            s.execute("INSERT INTO written_before_kill VALUES (42)");
        }
        System.out.println("READY " + server.port() + " " + server.serverPid().orElse(-1L));
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
