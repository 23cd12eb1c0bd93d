package fr.tremplin.core.alert;

/** The kinds of adviser alerts ({@code GET /api/v1/alerts}), with their French label. */
public enum AlertKind {
    NO_PROPOSAL("Sans proposition"),
    NEW_MATCH("Nouvelle offre"),
    SILENT_EMPLOYER("Employeur sans réponse"),
    CONSENT_EXPIRING("Consentement à renouveler");

    private final String label;

    AlertKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
