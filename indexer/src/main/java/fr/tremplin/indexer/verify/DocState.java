package fr.tremplin.indexer.verify;

/**
 * What the check compares for one id: the row version and the {@linkplain fr.tremplin.core.index.ContentHash content
 * hash} (of the indexed document, or of the document the mapping builds from the row now).
 */
public record DocState(long version, long contentHash) {
    /** The hash of a row the mapping rejects (it has no document: reported as missing). */
    public static final long UNMAPPABLE = 0;
}
