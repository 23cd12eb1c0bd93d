package fr.tremplin.data.index;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Id and row version of every job seeker or vacancy, for the indexer's consistency check. Plain JDBC with a
 * streaming fetch: the check of 28,000 rows reads two short columns, not the entities.
 */
@Singleton
public class VersionScan {

    /** The tables whose rows are indexed. */
    public enum Table {
        JOB_SEEKER("job_seeker"), VACANCY("vacancy");

        private final String sql;

        Table(String sql) {
            this.sql = sql;
        }
    }

    private static final int FETCH_SIZE = 5_000;
    private static final int IN_CHUNK = 500;

    private final DataSource dataSource;

    public VersionScan(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    /** Id → version of every row of the table, read in one statement (one consistent snapshot). */
    public Map<String, Long> all(Table table) {
        String sql = "SELECT id, version FROM " + table.sql;
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(sql)) {
            s.setFetchSize(FETCH_SIZE);
            return read(s, new HashMap<>());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the versions of table " + table.sql + ": " + e.getMessage(), e);
        }
    }

    /** Id → version of those of {@code ids} that exist now. */
    public Map<String, Long> of(Table table, Collection<String> ids) {
        Map<String, Long> versions = new HashMap<>();
        List<String> list = new ArrayList<>(ids);
        try (Connection c = dataSource.getConnection()) {
            for (int from = 0; from < list.size(); from += IN_CHUNK) {
                List<String> chunk = list.subList(from, Math.min(list.size(), from + IN_CHUNK));
                String sql = "SELECT id, version FROM " + table.sql + " WHERE id IN ("
                        + "?,".repeat(chunk.size() - 1) + "?)";
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    for (int i = 0; i < chunk.size(); i++) {
                        s.setString(i + 1, chunk.get(i));
                    }
                    read(s, versions);
                }
            }
            return versions;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the versions of " + ids.size() + " rows of table "
                    + table.sql + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, Long> read(PreparedStatement s, Map<String, Long> into) throws SQLException {
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                into.put(rs.getString(1), rs.getLong(2));
            }
        }
        return into;
    }
}
