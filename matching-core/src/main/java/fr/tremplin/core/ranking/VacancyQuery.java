package fr.tremplin.core.ranking;

import fr.tremplin.core.index.SeekerIndexView;

import java.util.Objects;

/**
 * "Which vacancies fit this person?"
 *
 * @param seeker the person, as the indexer maps them (summary and titles feed the text relevance)
 * @param strict true: only vacancies whose every must-have skill the person holds
 * @param page   which page, and whether to count exactly
 */
public record VacancyQuery(SeekerIndexView seeker, boolean strict, PageRequest page) {

    public VacancyQuery {
        Objects.requireNonNull(seeker, "seeker");
        Objects.requireNonNull(page, "page");
    }

    /** The first 20 vacancies for {@code seeker}, not strict, exact counts. */
    public static VacancyQuery of(SeekerIndexView seeker) {
        return new VacancyQuery(seeker, false, PageRequest.of(0, 20));
    }

    public VacancyQuery strict(boolean value) {
        return new VacancyQuery(seeker, value, page);
    }

    public VacancyQuery page(PageRequest value) {
        return new VacancyQuery(seeker, strict, value);
    }
}
