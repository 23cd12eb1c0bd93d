package fr.tremplin.api.security;

import fr.tremplin.data.common.ForbiddenException;
import fr.tremplin.data.user.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;

/** Who is calling, read from the token's claims. */
public record CurrentUser(String username, Role role, @Nullable String employerId, @Nullable String unit) {
    public static final String USER_ID = "userId";
    public static final String DISPLAY_NAME = "displayName";
    public static final String EMPLOYER_ID = "employerId";
    public static final String UNIT = "unit";

    public static CurrentUser of(Authentication authentication) {
        Role role = authentication.getRoles().stream().findFirst().map(Role::valueOf)
                .orElseThrow(() -> new ForbiddenException("Aucun rôle n'est attaché à ce compte."));
        Object employer = authentication.getAttributes().get(EMPLOYER_ID);
        Object unit = authentication.getAttributes().get(UNIT);
        return new CurrentUser(authentication.getName(), role,
                employer == null ? null : employer.toString(), unit == null ? null : unit.toString());
    }

    public boolean isEmployer() {
        return role == Role.EMPLOYER;
    }

    /** Employer users reach only their own employer; everyone else with access reaches all. */
    public void requireEmployerAccess(String employerIdOfResource) {
        if (isEmployer() && !employerIdOfResource.equals(employerId)) {
            throw new ForbiddenException("Ce compte employeur ne peut accéder qu'aux données de son propre employeur.");
        }
    }
}
