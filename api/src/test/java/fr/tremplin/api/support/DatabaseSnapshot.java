package fr.tremplin.api.support;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The row count of every table of the application's schema (outbox included): two equal snapshots around a
 * request mean it wrote nothing anywhere, however many tables a later change adds. Left out: the tables that
 * background work writes whatever the requests do ({@link #BACKGROUND}).
 */
public final class DatabaseSnapshot {

    /**
     * Written by the service's own background work, not by a request: the NEW_MATCH alerts (saved by the indexer's
     * alert thread after earlier vacancies were indexed), the node registry and the job leases (heartbeat).
     */
    static final java.util.Set<String> BACKGROUND = java.util.Set.of("new_match", "cluster_node", "cluster_lease");

    private DatabaseSnapshot() {
    }

    public static Map<String, Long> of(DataSource dataSource) {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables "
                    + "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    if (!BACKGROUND.contains(rs.getString(1).toLowerCase(java.util.Locale.ROOT))) {
                        tables.add(rs.getString(1));
                    }
                }
            }
            Map<String, Long> counts = new TreeMap<>();
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM `" + table + "`")) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
            if (counts.isEmpty()) {
                throw new IllegalStateException("no table in the schema: the snapshot would prove nothing");
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the rows: " + e, e);
        }
    }
}
