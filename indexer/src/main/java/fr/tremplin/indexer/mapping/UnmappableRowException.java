package fr.tremplin.indexer.mapping;

import fr.tremplin.indexer.store.IndexKind;

/**
 * A database row that cannot become an index document. The indexer leaves it out of the index (and
 * removes an older version of it), logs it, lists it in the index status; the consistency check then
 * reports it missing until the row is fixed.
 */
public class UnmappableRowException extends RuntimeException {

    private final IndexKind index;
    private final String id;

    public UnmappableRowException(IndexKind index, String id, Throwable cause) {
        super("Cannot index " + index.label() + " row " + id + ": " + cause.getMessage(), cause);
        this.index = index;
        this.id = id;
    }

    public IndexKind index() {
        return index;
    }

    public String id() {
        return id;
    }
}
