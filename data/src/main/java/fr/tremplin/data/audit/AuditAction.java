package fr.tremplin.data.audit;

/** What was done to a person's file; the names are fixed by the public contract ({@code GET /api/v1/audit}). */
public enum AuditAction {
    READ("Lecture de la fiche complète"),
    SEARCH_HIT_OPENED("Ouverture depuis un classement ou une recherche"),
    EXPORT("Export des données"),
    SHARE("Transmission à un employeur ou à une autre unité"),
    CREATE("Création"),
    UPDATE("Modification"),
    ERASE("Effacement"),
    CONSENT("Changement du consentement"),
    ACCOUNT("Gestion d'un compte"),
    EMPLOYER_CONTACT("Contact d'une entreprise");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
