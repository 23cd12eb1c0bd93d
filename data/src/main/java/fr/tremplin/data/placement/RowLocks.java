package fr.tremplin.data.placement;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;

/**
 * Row locks ({@code SELECT ... FOR UPDATE}) taken first in a write transaction, always in the order
 * vacancy → person → shortlist, so that concurrent hires and answers queue instead of deadlocking. Callers
 * run in READ COMMITTED, so that what they read after the lock is the latest committed state.
 */
@Singleton
public class RowLocks {
    private final JdbcOperations jdbc;

    public RowLocks(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** @return whether the vacancy exists */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public boolean vacancy(String id) {
        return lock("SELECT id FROM vacancy WHERE id = ? FOR UPDATE", id);
    }

    /** @return whether the person exists */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public boolean seeker(String id) {
        return lock("SELECT id FROM job_seeker WHERE id = ? FOR UPDATE", id);
    }

    /** @return whether the shortlist exists */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public boolean shortlist(String id) {
        return lock("SELECT id FROM shortlist WHERE id = ? FOR UPDATE", id);
    }

    private boolean lock(String sql, String id) {
        return jdbc.prepareStatement(sql, statement -> {
            statement.setString(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next();
            }
        });
    }
}
