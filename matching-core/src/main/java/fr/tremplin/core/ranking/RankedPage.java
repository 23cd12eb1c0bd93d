package fr.tremplin.core.ranking;

import java.util.List;
import java.util.Objects;

/**
 * One page of a ranked list.
 *
 * @param hits       best first; equal scores in ascending id order, so paging is stable
 * @param total      how many people (or vacancies) pass every hard filter and share something with the query
 * @param totalExact false when the page was asked without exact counts ({@link PageRequest#exactCounts()}):
 *                   {@code total} is then a lower bound and {@code facets} is empty
 * @param page       0-based page number
 * @param size       page size asked for
 * @param facets     counts over the same set as {@code total}
 */
public record RankedPage<T>(List<T> hits, long total, boolean totalExact, int page, int size, Facets facets) {
    public RankedPage {
        hits = List.copyOf(hits);
        Objects.requireNonNull(facets, "facets");
    }
}
