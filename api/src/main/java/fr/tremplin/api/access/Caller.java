package fr.tremplin.api.access;

import fr.tremplin.data.user.Role;
import io.micronaut.core.annotation.Nullable;

/**
 * A column of the authorization matrix: a role and the caller's relation to the resource (own unit or another
 * unit, own employer or another employer).
 */
public enum Caller {
    ANONYMOUS(null, true, "anonyme"),
    ADVISER_OWN_UNIT(Role.ADVISER, true, "conseiller, même unité"),
    ADVISER_OTHER_UNIT(Role.ADVISER, false, "conseiller, autre unité"),
    MANAGER_OWN_UNIT(Role.UNIT_MANAGER, true, "responsable, même unité"),
    MANAGER_OTHER_UNIT(Role.UNIT_MANAGER, false, "responsable, autre unité"),
    EMPLOYER_OWN(Role.EMPLOYER, true, "employeur concerné"),
    EMPLOYER_OTHER(Role.EMPLOYER, false, "autre employeur"),
    ADMIN(Role.ADMIN, true, "administrateur");

    private final Role role;
    private final boolean own;
    private final String label;

    Caller(@Nullable Role role, boolean own, String label) {
        this.role = role;
        this.own = own;
        this.label = label;
    }

    @Nullable
    public Role role() {
        return role;
    }

    /** Whether the resource belongs to the caller's unit or employer. */
    public boolean own() {
        return own;
    }

    public String label() {
        return label;
    }
}
