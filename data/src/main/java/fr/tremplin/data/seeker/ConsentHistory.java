package fr.tremplin.data.seeker;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Each person's consent history (table consent_event): appended on every change, deleted on erasure. */
@Singleton
public class ConsentHistory {
    private final JdbcOperations jdbc;
    private final Clock clock;

    public ConsentHistory(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void record(String jobSeekerId, boolean given, ConsentSource source, String recordedBy) {
        jdbc.prepareStatement("INSERT INTO consent_event (job_seeker_id, given, source, recorded_by, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?)", st -> {
            st.setString(1, jobSeekerId);
            st.setBoolean(2, given);
            st.setString(3, source.name());
            st.setString(4, recordedBy);
            st.setTimestamp(5, Timestamp.from(clock.instant()));
            return st.executeUpdate();
        });
    }

    /** The first entry of each of many people just created (a file import), in one batch. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void recordAll(List<JobSeeker> created, ConsentSource source, String recordedBy) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.prepareStatement("INSERT INTO consent_event (job_seeker_id, given, source, recorded_by, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?)", st -> {
            for (JobSeeker s : created) {
                st.setString(1, s.id());
                st.setBoolean(2, s.consentToShare());
                st.setString(3, source.name());
                st.setString(4, recordedBy);
                st.setTimestamp(5, now);
                st.addBatch();
            }
            return st.executeBatch();
        });
    }

    /** Oldest first. */
    @ReadOnly
    public List<ConsentRecord> of(String jobSeekerId) {
        return jdbc.prepareStatement("SELECT given, source, recorded_by, recorded_at FROM consent_event"
                + " WHERE job_seeker_id = ? ORDER BY id", st -> {
            st.setString(1, jobSeekerId);
            List<ConsentRecord> found = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    found.add(new ConsentRecord(rs.getBoolean(1), rs.getString(2), rs.getString(3),
                            rs.getTimestamp(4).toInstant()));
                }
            }
            return found;
        });
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void forget(String jobSeekerId) {
        jdbc.prepareStatement("DELETE FROM consent_event WHERE job_seeker_id = ?", st -> {
            st.setString(1, jobSeekerId);
            return st.executeUpdate();
        });
    }
}
