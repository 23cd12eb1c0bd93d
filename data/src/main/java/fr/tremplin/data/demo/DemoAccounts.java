package fr.tremplin.data.demo;

import fr.tremplin.data.user.AppUser;
import fr.tremplin.data.user.Role;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * The five demo accounts of the default run, all with the password {@value #PASSWORD} and the flag
 * {@code demo = true} (a production configuration refuses to start while such accounts exist).
 */
public final class DemoAccounts {

    public static final String PASSWORD = "demo";
    /** The unit of the demo adviser and unit manager. */
    public static final String UNIT = "NANTES-NORD";
    public static final List<String> USERNAMES = List.of("admin", "conseiller", "responsable", "entreprise", "geiq");

    private DemoAccounts() {
    }

    /**
     * The accounts, new rows with version 0.
     *
     * @param passwordHash the bcrypt hash of {@value #PASSWORD} (hashed once for all five)
     */
    public static List<AppUser> accounts(String passwordHash, String companyId, String groupId) {
        return List.of(
                user("admin", passwordHash, "Administrateur démo", Role.ADMIN, null, null),
                user("conseiller", passwordHash, "Camille Morel (conseillère démo)", Role.ADVISER, UNIT, null),
                user("responsable", passwordHash, "Yannick Le Gall (responsable d'unité démo)", Role.UNIT_MANAGER, UNIT, null),
                user("entreprise", passwordHash, "Entreprise démo", Role.EMPLOYER, null, companyId),
                user("geiq", passwordHash, "GEIQ démo", Role.EMPLOYER, null, groupId));
    }

    /** The demo accounts' addresses, in a domain reserved for examples (RFC 2606): nothing is ever delivered there. */
    public static String email(String username) {
        return username + "@tremplin.example.org";
    }

    public static String userId(String username) {
        return UUID.nameUUIDFromBytes(("tremplin-demo/user/" + username).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static AppUser user(String username, String hash, String displayName, Role role, String unit, String employerId) {
        return new AppUser(userId(username), username, hash, displayName, role, unit, employerId, email(username), true,
                true, true, null, null, 0L);
    }
}
