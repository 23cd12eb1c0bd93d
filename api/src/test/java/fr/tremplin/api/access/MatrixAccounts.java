package fr.tremplin.api.access;

import fr.tremplin.data.user.AppUser;
import fr.tremplin.data.user.AppUserRepository;
import fr.tremplin.data.user.PasswordHasher;
import fr.tremplin.data.user.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.BlockingHttpClient;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * The account behind each column of the matrix. The resources of the matrix all belong to unit NANTES-NORD and to
 * the demo building company ({@code entreprise}); "own" callers are the demo accounts of that unit and company,
 * "other" callers are an adviser and a unit manager of SAINT-NAZAIRE (created here, password {@code demo}) and the
 * demo employer group ({@code geiq}).
 */
final class MatrixAccounts {
    static final String UNIT = "NANTES-NORD";
    static final String OTHER_UNIT = "SAINT-NAZAIRE";
    static final String OTHER_ADVISER = "matrice-conseiller-snz";
    static final String OTHER_MANAGER = "matrice-responsable-snz";
    private static final String PASSWORD = "demo";

    private final BlockingHttpClient http;
    private final Map<Caller, String> tokens = new EnumMap<>(Caller.class);

    MatrixAccounts(BlockingHttpClient http, AppUserRepository users, PasswordHasher hasher) {
        this.http = http;
        ensure(users, hasher, OTHER_ADVISER, Role.ADVISER, "Conseiller de Saint-Nazaire (test)");
        ensure(users, hasher, OTHER_MANAGER, Role.UNIT_MANAGER, "Responsable de Saint-Nazaire (test)");
    }

    /** Created once per database (the test database is shared by the contexts of one JVM). */
    private static void ensure(AppUserRepository users, PasswordHasher hasher, String username, Role role,
                               String displayName) {
        if (users.findByUsername(username).isEmpty()) {
            users.save(new AppUser(UUID.randomUUID().toString(), username, hasher.hash(PASSWORD), displayName, role,
                    OTHER_UNIT, null, null, true, true, false, null, null, 0L));
        }
    }

    @Nullable
    static String username(Caller caller) {
        return switch (caller) {
            case ANONYMOUS -> null;
            case ADVISER_OWN_UNIT -> "conseiller";
            case ADVISER_OTHER_UNIT -> OTHER_ADVISER;
            case MANAGER_OWN_UNIT -> "responsable";
            case MANAGER_OTHER_UNIT -> OTHER_MANAGER;
            case EMPLOYER_OWN -> "entreprise";
            case EMPLOYER_OTHER -> "geiq";
            case ADMIN -> "admin";
        };
    }

    /** The caller's access token (one login per caller for the whole matrix); null for ANONYMOUS. */
    @Nullable
    String token(Caller caller) {
        String username = username(caller);
        return username == null ? null : tokens.computeIfAbsent(caller, c -> freshToken(username));
    }

    @SuppressWarnings("rawtypes")
    private String freshToken(String username) {
        HttpResponse<Map> response = http.exchange(
                HttpRequest.POST("/login", Map.of("username", username, "password", PASSWORD)), Map.class);
        Object token = response.body() == null ? null : response.body().get("access_token");
        if (token == null) {
            throw new IllegalStateException("login of " + username + " answered " + response.code());
        }
        return token.toString();
    }
}
