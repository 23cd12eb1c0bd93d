package fr.tremplin.indexer.store;

import org.apache.lucene.search.IndexSearcher;

import java.io.IOException;

/** Work done with a searcher that is acquired before and released after (never keep the searcher). */
@FunctionalInterface
public interface SearchFunction<T> {
    T apply(IndexSearcher searcher) throws IOException;
}
