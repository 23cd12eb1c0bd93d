package fr.tremplin.data.index;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * When each person was last proposed to an employer (the sending of a shortlist they were on): the ranking's
 * "waiting without a proposal" counts from there, or from the entry into the caseload for someone never proposed.
 */
@Singleton
public class ProposalDates {
    private static final int IN_CHUNK = 500;

    private final DataSource dataSource;

    public ProposalDates(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    /** Person id → last sending of a shortlist holding them; people never proposed are absent. */
    public Map<String, java.time.Instant> lastProposalOf(Collection<String> seekerIds) {
        if (seekerIds.isEmpty()) {
            return Map.of();
        }
        Map<String, java.time.Instant> last = new HashMap<>();
        List<String> ids = new ArrayList<>(seekerIds);
        try (Connection c = dataSource.getConnection()) {
            for (int from = 0; from < ids.size(); from += IN_CHUNK) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
                String sql = "SELECT c.job_seeker_id, MAX(s.sent_at) FROM shortlist_candidate c"
                        + " JOIN shortlist s ON s.id = c.shortlist_id"
                        + " WHERE s.sent_at IS NOT NULL AND c.job_seeker_id IN ("
                        + String.join(",", Collections.nCopies(chunk.size(), "?")) + ") GROUP BY c.job_seeker_id";
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    for (int i = 0; i < chunk.size(); i++) {
                        s.setString(i + 1, chunk.get(i));
                    }
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            Timestamp sent = rs.getTimestamp(2);
                            if (sent != null) {
                                last.put(rs.getString(1), sent.toInstant());
                            }
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the last proposals of " + ids.size() + " people: "
                    + e.getMessage(), e);
        }
        return last;
    }
}
