package fr.tremplin.indexer.rebuild;

/** The steps of a rebuild, in order. */
public enum RebuildPhase {
    /** Taking the outbox position and creating the new generation. */
    PREPARING("préparation"),
    /** Bulk-loading the job seekers. */
    JOB_SEEKERS("chargement des personnes"),
    /** Bulk-loading the vacancies. */
    VACANCIES("chargement des offres"),
    /** Re-applying the outbox rows written since the rebuild started. */
    REPLAYING("modifications rejouées"),
    /** Catching up one last time and switching searches to the new indexes. */
    SWAPPING("bascule"),
    DONE("terminé");

    private final String label;

    RebuildPhase(String label) {
        this.label = label;
    }

    /** The step in French, as pages and health details show it. */
    public String label() {
        return label;
    }
}
