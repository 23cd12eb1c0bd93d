package fr.tremplin.data.outbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One change of an aggregate, appended in the same transaction as the change itself. */
@MappedEntity("outbox_event")
public record OutboxEvent(
        @Id @GeneratedValue @Nullable Long id,
        AggregateType aggregateType,
        String aggregateId,
        OutboxOperation operation,
        Instant createdAt) {
}
