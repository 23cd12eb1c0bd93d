package fr.tremplin.data.alert;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/**
 * The NEW_MATCH rows (table new_match): who a new vacancy ranked in its first places when it was indexed. Saving is
 * idempotent (INSERT IGNORE on the unique key vacancy + person): several nodes applying the same outbox, or the same
 * vacancy indexed twice, save each pair once, with the first rank seen.
 */
@Singleton
public class NewMatches {
    private final JdbcOperations jdbc;
    private final Clock clock;

    public NewMatches(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Saves the people {@code ranked} (best first) for the vacancy; returns how many pairs were new. */
    @Transactional
    public int save(String vacancyId, List<String> ranked) {
        if (ranked.isEmpty()) {
            return 0;
        }
        Timestamp now = Timestamp.from(clock.instant());
        int[] counts = jdbc.prepareStatement("INSERT IGNORE INTO new_match (vacancy_id, job_seeker_id, match_rank,"
                + " matched_at) VALUES (?, ?, ?, ?)", st -> {
            for (int i = 0; i < ranked.size(); i++) {
                st.setString(1, vacancyId);
                st.setString(2, ranked.get(i));
                st.setInt(3, i + 1);
                st.setTimestamp(4, now);
                st.addBatch();
            }
            return st.executeBatch();
        });
        int added = 0;
        for (int c : counts) {
            added += c > 0 ? 1 : 0;
        }
        return added;
    }
}
