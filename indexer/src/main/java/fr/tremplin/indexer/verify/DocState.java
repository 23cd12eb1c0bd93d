package fr.tremplin.indexer.verify;

/**
 * What the check compares for one id: the row version and the {@linkplain fr.tremplin.core.index.ContentHash content
 * hash} (of the indexed document, or of the document the mapping builds from the row now).
 */
public record DocState(long version, long contentHash) {
    /** The hash of a row the mapping rejects (it has no document: reported as missing). */
    public static final long UNMAPPABLE = 0;
    /** A row whose content was not compared this time (a periodic check compares a slice): any hash matches. */
    public static final long NOT_COMPARED = Long.MIN_VALUE;

    /** Same version and, when this row's content was compared, the same hash. */
    public boolean matches(DocState indexed) {
        return indexed != null && version == indexed.version
                && (contentHash == NOT_COMPARED || contentHash == indexed.contentHash);
    }
}
