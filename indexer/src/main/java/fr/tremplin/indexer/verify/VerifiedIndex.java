package fr.tremplin.indexer.verify;

import fr.tremplin.indexer.store.IndexKind;
import fr.tremplin.indexer.store.SearchFunction;

import java.util.Collection;

/** What the verifier needs from the live index. */
public interface VerifiedIndex {

    /** Returns once every outbox row committed before the call is applied and searchable. */
    void catchUp();

    <T> T withSearcher(IndexKind kind, SearchFunction<T> work);

    /** Re-indexes these ids from the database; returns the documents written or deleted. */
    long reindex(Collection<String> seekerIds, Collection<String> vacancyIds);
}
