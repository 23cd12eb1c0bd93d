package fr.tremplin.indexer.rebuild;

/** The steps of a rebuild, in order. */
public enum RebuildPhase {
    /** Taking the outbox position and creating the new generation. */
    PREPARING("Préparation"),
    /** Bulk-loading the job seekers. */
    JOB_SEEKERS("Personnes"),
    /** Bulk-loading the vacancies. */
    VACANCIES("Offres"),
    /** Re-applying the outbox rows written since the rebuild started. */
    REPLAYING("Rattrapage des dernières modifications"),
    /** Catching up one last time and switching searches to the new indexes. */
    SWAPPING("Bascule vers le nouvel index"),
    DONE("Terminé");

    private final String label;

    RebuildPhase(String label) {
        this.label = label;
    }

    /** The step in French, as the admin page, /health and the command line show it. */
    public String label() {
        return label;
    }
}
