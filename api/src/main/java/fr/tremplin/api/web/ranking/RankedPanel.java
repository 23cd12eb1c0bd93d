package fr.tremplin.api.web.ranking;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * A ranked list as a page panel shows it.
 *
 * @param available false while the ranking is not plugged in: the panel then shows {@code notice}
 * @param notice    a French sentence shown above the list (or instead of it), may be null
 * @param items     the ranked entries, best first
 * @param total     how many entries match in all (the list may show only the first page)
 * @param facets    the facets with French labels, e.g. "Unité emploi" → Nantes Nord (12); may be empty
 */
public record RankedPanel<T>(boolean available, @Nullable String notice, List<T> items, long total,
                             List<FacetGroup> facets) {

    public static <T> RankedPanel<T> notYetAvailable(String notice) {
        return new RankedPanel<>(false, notice, List.of(), 0, List.of());
    }

    /** The same panel with other items (marks, ticks). */
    public <U> RankedPanel<U> withItems(List<U> others) {
        return new RankedPanel<>(available, notice, others, total, facets);
    }

    /** "1 612" with the French thousands separator. */
    public String totalText() {
        return fr.tremplin.core.wording.FrenchNumbers.count(total);
    }
}
