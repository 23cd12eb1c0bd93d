package fr.tremplin.indexer.outbox;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test listener: remembers the vacancies the live index announced (only where the test property turns it on). */
@Singleton
@Requires(property = "tremplin.test.indexed-vacancies", value = "on")
public class RecordingIndexedVacancies implements IndexedVacancies {
    final List<String> announced = new CopyOnWriteArrayList<>();

    @Override
    public void indexed(Collection<String> vacancyIds) {
        announced.addAll(vacancyIds);
    }
}
