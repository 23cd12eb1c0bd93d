package fr.tremplin.data.vacancy;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * A search of vacancies: {@code q} a part of the title or of the employer's name, or a ROME code; every filter
 * optional (employer, ROME code, status, commune INSEE code, employment unit: the communes of its territory); one sort key among {@link #SORTS}, the id
 * breaking ties so that pages are stable.
 */
public record VacancySearch(@Nullable String q, @Nullable String employer, @Nullable String occupation,
                            @Nullable String status, @Nullable String commune, @Nullable String unit, String sort) {
    /** The most recent first (the default), by start date (soonest first, « dès que possible » first), by title. */
    public static final List<String> SORTS = List.of("recent", "start", "title");

    public VacancySearch {
        if (!SORTS.contains(sort)) {
            throw new IllegalArgumentException("unknown sort key " + sort);
        }
    }

    public static VacancySearch of(@Nullable String employer, @Nullable String occupation, @Nullable String status) {
        return new VacancySearch(null, employer, occupation, status, null, null, "recent");
    }
}
