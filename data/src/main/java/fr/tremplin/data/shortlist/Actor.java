package fr.tremplin.data.shortlist;

import fr.tremplin.data.user.Role;
import io.micronaut.core.annotation.Nullable;

/**
 * Who does something, as the services see it (the API builds it from the token).
 *
 * @param role null for the system (follow-up job, automatic closings)
 */
public record Actor(String username, @Nullable Role role, @Nullable String employerId, @Nullable String unit) {
    public static final String SYSTEM_NAME = "système";

    public static Actor system() {
        return new Actor(SYSTEM_NAME, null, null, null);
    }

    public String roleName() {
        return role == null ? "SYSTEM" : role.name();
    }

    public boolean isEmployer() {
        return role == Role.EMPLOYER;
    }
}
