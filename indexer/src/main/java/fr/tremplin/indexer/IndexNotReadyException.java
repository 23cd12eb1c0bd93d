package fr.tremplin.indexer;

/** A search or check needs the index while there is none yet (first build running, or no index). */
public class IndexNotReadyException extends RuntimeException {
    public IndexNotReadyException(String message) {
        super(message);
    }
}
