package fr.tremplin.api.web.layout;

import fr.tremplin.api.security.CurrentUser;
import fr.tremplin.data.user.Role;
import io.micronaut.security.authentication.Authentication;

/** The logged-in person as the page header shows them. */
public record WebUser(String username, String displayName, Role role, String roleLabel) {

    public static WebUser of(Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        Object name = authentication.getAttributes().get(CurrentUser.DISPLAY_NAME);
        return new WebUser(user.username(), name == null ? user.username() : name.toString(), user.role(),
                label(user.role()));
    }

    public static String label(Role role) {
        return switch (role) {
            case ADVISER -> "Conseiller·ère emploi";
            case UNIT_MANAGER -> "Responsable d'unité";
            case EMPLOYER -> "Employeur";
            case ADMIN -> "Administrateur·rice";
        };
    }

    public boolean is(String roleName) {
        return role.name().equals(roleName);
    }

    public boolean isStaff() {
        return role != Role.EMPLOYER;
    }
}
