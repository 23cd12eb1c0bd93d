package fr.tremplin.data.outbox;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import io.micronaut.data.jdbc.runtime.JdbcOperations;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/**
 * Appends change events. Callers run inside their own write transaction; {@code MANDATORY} makes sure
 * an event is never written outside the transaction of the change it describes. Each event is also told at once to
 * the {@link ChangedAggregates} of this node (caches that must forget the row before the writer's next read).
 */
@Singleton
public class Outbox {
    private final OutboxRepository repository;
    private final JdbcOperations jdbc;
    private final Clock clock;
    private final List<ChangedAggregates> listeners;

    public Outbox(OutboxRepository repository, JdbcOperations jdbc, Clock clock, List<ChangedAggregates> listeners) {
        this.repository = repository;
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
        for (ChangedAggregates listener : listeners) {
            listener.changed(type, aggregateIds);
        }
    }
}
