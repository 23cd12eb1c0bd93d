package fr.tremplin.data.seeker;

/** Where a consent (or its withdrawal) was recorded. */
public enum ConsentSource {
    WEB("saisi dans l'application par le conseiller"),
    API("reçu par l'API"),
    IMPORT("import de fichier"),
    DEMO("données de démonstration"),
    MIGRATION("repris de la fiche existante"),
    SYSTEM("automatique");

    private final String label;

    ConsentSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The label of a stored source name, or the name itself when unknown. */
    public static String labelOf(String name) {
        for (ConsentSource s : values()) {
            if (s.name().equals(name)) {
                return s.label;
            }
        }
        return name;
    }
}
