package fr.tremplin.api.web.ranking;

import io.micronaut.core.annotation.Nullable;

/**
 * The filters of the candidates panel, as read from the vacancy page's query string.
 *
 * @param strict must-have skills become a hard filter
 * @param unit   only people of this employment unit (code), null for all
 * @param page   from 0
 */
public record CandidateFilters(boolean strict, @Nullable String unit, int page) {
}
