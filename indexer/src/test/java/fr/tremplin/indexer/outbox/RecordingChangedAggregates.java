package fr.tremplin.indexer.outbox;

import fr.tremplin.data.outbox.AggregateType;
import fr.tremplin.data.outbox.ChangedAggregates;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test listener: remembers the changes told, as "TYPE:id" (only where the test property turns it on). */
@Singleton
@Requires(property = "tremplin.test.indexed-vacancies", value = "on")
public class RecordingChangedAggregates implements ChangedAggregates {
    final List<String> told = new CopyOnWriteArrayList<>();

    @Override
    public void changed(AggregateType type, Collection<String> aggregateIds) {
        aggregateIds.forEach(id -> told.add(type + ":" + id));
    }
}
