package fr.tremplin.core.ranking;

import fr.tremplin.core.index.VacancyIndexView;

import java.util.Objects;

/**
 * "Who fits this vacancy?"
 *
 * @param vacancy the vacancy, as the indexer maps it (its title and description feed the text relevance)
 * @param strict  true: a person must hold every must-have skill; false: missing must-haves only lower the score
 * @param unit    an employment unit id to keep only the people it follows, or {@code null} for everyone
 * @param page    which page, and whether to count exactly
 * @param facets  facet values clicked by the adviser, applied as hard filters ({@link FacetFilter#none()} for none)
 */
public record CandidateQuery(VacancyIndexView vacancy, boolean strict, String unit, PageRequest page,
                             FacetFilter facets) {

    public CandidateQuery {
        Objects.requireNonNull(vacancy, "vacancy");
        Objects.requireNonNull(page, "page");
        unit = unit == null || unit.isBlank() ? null : unit;
        facets = facets == null ? FacetFilter.none() : facets;
    }

    /** Without facet filters. */
    public CandidateQuery(VacancyIndexView vacancy, boolean strict, String unit, PageRequest page) {
        this(vacancy, strict, unit, page, FacetFilter.none());
    }

    /** The first 20 candidates for {@code vacancy}, not strict, every unit, exact counts. */
    public static CandidateQuery of(VacancyIndexView vacancy) {
        return new CandidateQuery(vacancy, false, null, PageRequest.of(0, 20));
    }

    public CandidateQuery strict(boolean value) {
        return new CandidateQuery(vacancy, value, unit, page, facets);
    }

    public CandidateQuery unit(String value) {
        return new CandidateQuery(vacancy, strict, value, page, facets);
    }

    public CandidateQuery page(PageRequest value) {
        return new CandidateQuery(vacancy, strict, unit, value, facets);
    }

    public CandidateQuery facets(FacetFilter value) {
        return new CandidateQuery(vacancy, strict, unit, page, value);
    }
}
