package fr.tremplin.data.outbox;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * Appends change events. Callers run inside their own write transaction; {@code MANDATORY} makes sure
 * an event is never written outside the transaction of the change it describes.
 */
@Singleton
public class Outbox {
    private final OutboxRepository repository;
    private final Clock clock;

    public Outbox(OutboxRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public void record(AggregateType type, String aggregateId, OutboxOperation operation) {
        repository.save(new OutboxEvent(null, type, aggregateId, operation, clock.instant()));
    }
}
