package fr.tremplin.data.seeker;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * A search of people: {@code q} a prefix of the last name, first name or reference; every filter optional
 * (unit, status, commune INSEE code, ROME code among the occupations they aim at); one sort key among
 * {@link #SORTS}, the name breaking ties so that pages are stable.
 */
public record SeekerSearch(@Nullable String q, @Nullable String unit, @Nullable String status,
                           @Nullable String commune, @Nullable String occupation, String sort) {
    /** By name (the default), the most recently created first, by commune (INSEE code). */
    public static final List<String> SORTS = List.of("name", "recent", "commune");

    public SeekerSearch {
        if (!SORTS.contains(sort)) {
            throw new IllegalArgumentException("unknown sort key " + sort);
        }
    }

    public static SeekerSearch of(@Nullable String q, @Nullable String unit, @Nullable String status) {
        return new SeekerSearch(q, unit, status, null, null, "name");
    }
}
