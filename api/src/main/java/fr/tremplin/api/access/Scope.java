package fr.tremplin.api.access;

/** What a route's access depends on besides the caller's role. */
public enum Scope {
    /** Open to everyone, logged in or not. */
    PUBLIC("ouvert à tous"),
    /** The role is enough. */
    ROLE("le rôle suffit"),
    /** The person's employment unit must be the caller's (ADMIN: all). */
    PERSON_UNIT("personnes de son unité seulement"),
    /** The shortlist's unit must be the caller's (changes by advisers of that unit). */
    SHORTLIST_UNIT("listes de son unité seulement"),
    /** An employer user reaches only its own employer's data; another's answers 404 as an unknown id. */
    OWN_EMPLOYER("employeur : ses propres données (404 sinon)"),
    /** A unit manager reaches only their unit's figures and audit (ADMIN: all). */
    MANAGER_UNIT("responsable : son unité seulement");

    private final String label;

    Scope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
