package fr.tremplin.data.user;

import io.micronaut.core.annotation.Nullable;

import java.util.Map;

/**
 * A search of accounts: {@code q} in the username, name or address (case and accents ignored), optional role and
 * state, a sort key among {@link #SORTS} ascending or descending.
 */
public record AccountSearch(@Nullable String q, @Nullable Role role, @Nullable Boolean active, String sort,
                            boolean descending) {
    /** The sort keys of the API and their columns. */
    public static final Map<String, String> SORTS = Map.of("username", "username", "displayName", "display_name",
            "email", "email", "role", "role", "employmentUnit", "employment_unit_code", "createdAt", "created_at",
            "updatedAt", "updated_at");

    public AccountSearch {
        if (!SORTS.containsKey(sort)) {
            throw new IllegalArgumentException("unknown sort key " + sort);
        }
    }
}
