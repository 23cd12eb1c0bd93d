package fr.tremplin.api.access;

import fr.tremplin.data.user.Role;

import java.util.Set;

/**
 * One row of the authorization matrix: a route (method and path template as the router knows it), the roles
 * that reach it, the scope that further restricts them, and what it is for (in French, for docs/privacy.md).
 */
public record RouteRule(String method, String path, Set<Role> roles, Scope scope, String purpose) {

    public RouteRule {
        roles = Set.copyOf(roles);
    }

    public boolean isWebPage() {
        return !path.startsWith("/api/") && !path.equals("/login") && !path.equals("/logout")
                && !path.equals("/password-reset")
                && !path.startsWith("/health") && !path.startsWith("/swagger") && !path.startsWith("/openapi");
    }

    /**
     * What this caller gets. "Other" means: for a route with an id, a resource of another unit or employer; for a
     * list or a creation under {@link Scope#PERSON_UNIT} or {@link Scope#MANAGER_UNIT}, asking for another unit
     * ({@code unit=} or {@code employmentUnit}); lists and creations of employers are filtered to their own data.
     */
    public Expect expect(Caller caller) {
        if (scope == Scope.PUBLIC) {
            return Expect.ALLOW;
        }
        if (caller.role() == null) {
            return Expect.LOGIN;
        }
        if (!roles.contains(caller.role())) {
            return Expect.DENY;
        }
        if (caller.own() || caller.role() == Role.ADMIN) {
            return Expect.ALLOW;
        }
        boolean resource = path.contains("{");
        if (caller.role() == Role.EMPLOYER) {
            if (!resource) {
                return Expect.ALLOW; // lists and creations are filtered to the employer's own data
            }
            // another employer's shortlist or vacancy is answered as an unknown id
            return scope == Scope.OWN_EMPLOYER || scope == Scope.SHORTLIST_UNIT ? Expect.HIDDEN : Expect.ALLOW;
        }
        return switch (scope) {
            case PERSON_UNIT, SHORTLIST_UNIT, MANAGER_UNIT -> Expect.DENY;
            default -> Expect.ALLOW;
        };
    }
}
