package fr.tremplin.data.seeker;

import fr.tremplin.core.index.ErasureKeys;
import fr.tremplin.data.audit.AuditSubjects;
import fr.tremplin.data.common.Ids;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Erasure in depth, in the erasing transaction: every row that outlives the person for the statistics
 * (placements, insertion hours, shortlist entries and transitions, profile shares) gets a random tombstone id
 * instead of the person's id and loses its free-text comments (the notes of the shortlists the person was on too,
 * since an adviser's note to the employer may name them); placements keep only the publics the reports count
 * (RSA, for the insertion-clause share); the consent history and the new-match alerts go; the audit's link to the person is cut; the
 * outbox events that named the person now carry the erasure key that tells every index to forget them.
 */
@Singleton
class SeekerErasure {
    /** Publics the reports need in aggregate, kept on an erased person's placements. */
    static final List<String> PUBLICS_KEPT = List.of("RSA");

    private final JdbcOperations jdbc;
    private final ConsentHistory consents;
    private final AuditSubjects subjects;

    SeekerErasure(JdbcOperations jdbc, ConsentHistory consents, AuditSubjects subjects) {
        this.jdbc = jdbc;
        this.consents = consents;
        this.subjects = subjects;
    }

    /** Cuts every link to {@code id}; the caller deletes the person's row and writes the erasure's outbox event. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void tombstone(String id) {
        String tombstone = Ids.newId();
        update("UPDATE placement SET job_seeker_id = ?, publics = CASE WHEN FIND_IN_SET('RSA', publics) > 0"
                + " THEN 'RSA' ELSE '' END WHERE job_seeker_id = ?", tombstone, id);
        update("UPDATE insertion_hours SET job_seeker_id = ? WHERE job_seeker_id = ?", tombstone, id);
        jdbc.prepareStatement("UPDATE shortlist SET note = NULL WHERE id IN"
                + " (SELECT shortlist_id FROM shortlist_candidate WHERE job_seeker_id = ?)", st -> {
            st.setString(1, id);
            return st.executeUpdate();
        });
        update("UPDATE shortlist_candidate SET job_seeker_id = ?, comment = NULL WHERE job_seeker_id = ?", tombstone, id);
        update("UPDATE shortlist_transition SET job_seeker_id = ?, comment = NULL WHERE job_seeker_id = ?", tombstone, id);
        update("UPDATE profile_share SET job_seeker_id = ? WHERE job_seeker_id = ?", tombstone, id);
        update("UPDATE outbox_event SET aggregate_id = ? WHERE aggregate_type = 'JOB_SEEKER' AND aggregate_id = ?",
                ErasureKeys.of(id), id);
        jdbc.prepareStatement("DELETE FROM new_match WHERE job_seeker_id = ?", st -> { // alerts (V9)
            st.setString(1, id);
            return st.executeUpdate();
        });
        consents.forget(id);
        subjects.forget(id);
    }

    private void update(String sql, String newValue, String id) {
        jdbc.prepareStatement(sql, st -> {
            st.setString(1, newValue);
            st.setString(2, id);
            return st.executeUpdate();
        });
    }
}
