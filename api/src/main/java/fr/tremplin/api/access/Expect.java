package fr.tremplin.api.access;

/** What a caller gets from a route. */
public enum Expect {
    /** Reaches the route (any status but 401, 403 and 5xx; 404 only for an unknown id or a bad reference). */
    ALLOW("oui", "autorisé"),
    /** 401: must log in. */
    LOGIN("401", "connexion requise"),
    /** 403: logged in, not allowed. */
    DENY("403", "interdit"),
    /** 404: as for an unknown id, so that another employer's data cannot be told from nothing. */
    HIDDEN("404", "invisible (comme inconnu)");

    private final String mark;
    private final String label;

    Expect(String mark, String label) {
        this.mark = mark;
        this.label = label;
    }

    /** A short mark for a table cell. */
    public String mark() {
        return mark;
    }

    public String label() {
        return label;
    }
}
