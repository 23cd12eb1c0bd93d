package fr.tremplin.api.shortlist;

import fr.tremplin.api.security.CurrentUser;
import fr.tremplin.data.shortlist.Actor;
import io.micronaut.security.authentication.Authentication;

/** The caller as the shortlist services see it. */
public final class Actors {
    private Actors() {
    }

    public static Actor of(Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        return new Actor(user.username(), user.role(), user.employerId(), user.unit());
    }
}
