package fr.tremplin.data.audit;

import fr.tremplin.data.common.Ids;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/**
 * The link between a person and the audit: a random subject id per person. The audit rows carry only that id;
 * erasing the person deletes the link ({@link #forget}), after which nothing leads from the audit back to them.
 */
@Singleton
public class AuditSubjects {
    private final JdbcOperations jdbc;

    public AuditSubjects(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The subject ids of people just created (none has one yet), made in one batch: by job-seeker id. For the
     * creations of a file import; {@link #of} for one person.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public java.util.Map<String, String> ofNew(java.util.List<String> jobSeekerIds) {
        java.util.Map<String, String> subjects = new java.util.HashMap<>();
        jdbc.prepareStatement("INSERT INTO audit_subject (id, job_seeker_id) VALUES (?, ?)", st -> {
            for (String seeker : jobSeekerIds) {
                String id = Ids.newId();
                subjects.put(seeker, id);
                st.setString(1, id);
                st.setString(2, seeker);
                st.addBatch();
            }
            return st.executeBatch();
        });
        return subjects;
    }

    /** The subject id of this person, created on first use (in the caller's transaction). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public String of(String jobSeekerId) {
        Optional<String> known = find(jobSeekerId);
        if (known.isPresent()) {
            return known.get();
        }
        String id = Ids.newId();
        jdbc.prepareStatement("INSERT IGNORE INTO audit_subject (id, job_seeker_id) VALUES (?, ?)", st -> {
            st.setString(1, id);
            st.setString(2, jobSeekerId);
            return st.executeUpdate();
        });
        return find(jobSeekerId).orElseThrow();
    }

    /** The subject id of this person, if the audit ever named them. */
    public Optional<String> find(String jobSeekerId) {
        return jdbc.prepareStatement("SELECT id FROM audit_subject WHERE job_seeker_id = ?", st -> {
            st.setString(1, jobSeekerId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
            }
        });
    }

    /** Cuts the link between the person and their audit lines (erasure). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void forget(String jobSeekerId) {
        jdbc.prepareStatement("DELETE FROM audit_subject WHERE job_seeker_id = ?", (PreparedStatement st) -> {
            st.setString(1, jobSeekerId);
            return st.executeUpdate();
        });
    }
}
