package fr.tremplin.data.outbox;

import java.util.Collection;

/**
 * Told which aggregates changed: by {@link Outbox} when this node records a change (inside the writing transaction,
 * and again after its commit), and by the live index after it applied a batch of the outbox (every node, changes made
 * anywhere). For caches of database rows that must not outlive a change by more than the index's freshness. An
 * implementation returns at once; an exception is logged by class only and ignored.
 */
@FunctionalInterface
public interface ChangedAggregates {
    void changed(AggregateType type, Collection<String> aggregateIds);
}
