package fr.tremplin.indexer;

/** Whether the indexes can serve searches. */
public enum IndexState {
    /** Not opened yet ({@code tremplin.index.auto-start=false} and nothing asked for it). */
    CLOSED,
    /** Open, but there is no index and no rebuild is running (auto-rebuild off, or the last one failed). */
    NO_INDEX,
    /** The first build is running: nothing to search yet. */
    BUILDING,
    /** Searchable (a rebuild may be running in the background, see {@link IndexStatus#rebuild()}). */
    READY,
    /**
     * A file of the index in use failed its checksum, or a search met a corruption: searches answer "not ready"
     * (503) until the rebuild started at once replaces it.
     */
    CORRUPT
}
