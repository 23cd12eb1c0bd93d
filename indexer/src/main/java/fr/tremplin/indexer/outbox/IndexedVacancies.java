package fr.tremplin.indexer.outbox;

import java.util.Collection;

/**
 * Told, after each batch the live index applied from the outbox, which vacancies were (re)indexed — never during a
 * rebuild (its bulk load and its replay are not announced). Called on the indexing thread, under the follower's lock:
 * an implementation must return at once (hand the work to its own bounded queue); an exception is logged by class
 * only and swallowed, indexing goes on.
 */
@FunctionalInterface
public interface IndexedVacancies {
    void indexed(Collection<String> vacancyIds);
}
