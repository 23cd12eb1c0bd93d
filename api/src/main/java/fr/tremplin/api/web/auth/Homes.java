package fr.tremplin.api.web.auth;

import fr.tremplin.api.web.WebPaths;
import fr.tremplin.data.user.Role;

/** Where each role lands after logging in. */
public final class Homes {
    private Homes() {
    }

    public static String of(Role role) {
        return switch (role) {
            case ADVISER -> WebPaths.SEEKERS;
            case EMPLOYER -> WebPaths.MY_VACANCIES;
            case UNIT_MANAGER -> WebPaths.MANAGER_HOME;
            case ADMIN -> WebPaths.ADMIN_HOME;
        };
    }
}
