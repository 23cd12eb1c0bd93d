package fr.tremplin.indexer.store;

/** A Lucene index or the index directory cannot be read or written; the message names the index and path. */
public class IndexStoreException extends RuntimeException {
    public IndexStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public IndexStoreException(String message) {
        super(message);
    }
}
