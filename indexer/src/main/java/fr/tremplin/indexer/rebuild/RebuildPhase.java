package fr.tremplin.indexer.rebuild;

/** The steps of a rebuild, in order. */
public enum RebuildPhase {
    /** Taking the outbox position and creating the new generation. */
    PREPARING,
    /** Bulk-loading the job seekers. */
    JOB_SEEKERS,
    /** Bulk-loading the vacancies. */
    VACANCIES,
    /** Re-applying the outbox rows written since the rebuild started. */
    REPLAYING,
    /** Catching up one last time and switching searches to the new indexes. */
    SWAPPING,
    DONE
}
