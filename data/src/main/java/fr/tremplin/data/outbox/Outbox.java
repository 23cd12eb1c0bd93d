package fr.tremplin.data.outbox;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micronaut.data.jdbc.runtime.JdbcOperations;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/**
 * Appends change events. Callers run inside their own write transaction; {@code MANDATORY} makes sure
 * an event is never written outside the transaction of the change it describes. Each event is also told to the
 * {@link ChangedAggregates} of this node (caches of rows), at once and again after the commit: at once, so that the
 * writer's next read does not meet the old row's copy; after the commit, so that a copy read meanwhile from the
 * still-committed old row is dropped too.
 */
@Singleton
public class Outbox {
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

    private final OutboxRepository repository;
    private final JdbcOperations jdbc;
    private final Clock clock;
    private final List<ChangedAggregates> listeners;
    private final TransactionOperations<Connection> transactions;

    public Outbox(OutboxRepository repository, JdbcOperations jdbc, Clock clock, List<ChangedAggregates> listeners,
                  TransactionOperations<Connection> transactions) {
        this.repository = repository;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.clock = clock;
        this.listeners = List.copyOf(listeners);
    }

    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public void record(AggregateType type, String aggregateId, OutboxOperation operation) {
        repository.save(new OutboxEvent(null, type, aggregateId, operation, clock.instant()));
        tell(type, List.of(aggregateId));
    }

    /** The same event for many aggregates (the creations of a file import), in one batch, in order. */
    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public void recordAll(AggregateType type, List<String> aggregateIds, OutboxOperation operation) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.prepareStatement("INSERT INTO outbox_event (aggregate_type, aggregate_id, operation, created_at)"
                + " VALUES (?, ?, ?, ?)", st -> {
            for (String id : aggregateIds) {
                st.setString(1, type.name());
                st.setString(2, id);
                st.setString(3, operation.name());
                st.setTimestamp(4, now);
                st.addBatch();
            }
            return st.executeBatch();
        });
        tell(type, aggregateIds);
    }

    private void tell(AggregateType type, List<String> aggregateIds) {
        if (listeners.isEmpty()) {
            return;
        }
        notifyListeners(type, aggregateIds);
        transactions.findTransactionStatus().ifPresent(status -> status.registerSynchronization(
                new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        notifyListeners(type, aggregateIds);
                    }
                }));
    }

    /** A listener's failure never fails the write (the class only in the log: a message may carry data). */
    private void notifyListeners(AggregateType type, List<String> aggregateIds) {
        for (ChangedAggregates listener : listeners) {
            try {
                listener.changed(type, aggregateIds);
            } catch (RuntimeException e) {
                LOG.warn("A listener of changed aggregates failed ({}); the change goes on", e.getClass().getName());
            }
        }
    }
}
