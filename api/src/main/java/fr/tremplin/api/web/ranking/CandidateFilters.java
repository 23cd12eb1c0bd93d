package fr.tremplin.api.web.ranking;

import fr.tremplin.core.ranking.FacetFilter;
import fr.tremplin.core.seeker.Programme;
import fr.tremplin.core.seeker.Public;
import io.micronaut.core.annotation.Nullable;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The filters of the candidates panel, as read from the vacancy page's query string ({@code strict}, {@code unite},
 * {@code public}, {@code dispositif}, {@code distance}, {@code page}, {@code taille}). Unknown values are dropped
 * rather than refused: a page link must never fail.
 *
 * @param strict      must-have skills become a hard filter
 * @param unit        only people of this employment unit (code), null for all
 * @param page        from 0
 * @param size        people per page, one of {@link #SIZES}
 * @param publicGroup a {@link Public} name clicked in the facets, null for none
 * @param programme   a {@link Programme} name clicked in the facets, null for none
 * @param distance    a distance band clicked in the facets ("0-5"…), null for none
 */
public record CandidateFilters(boolean strict, @Nullable String unit, int page, int size,
                               @Nullable String publicGroup, @Nullable String programme, @Nullable String distance) {
    public static final List<Integer> SIZES = List.of(20, 50, 100);

    public CandidateFilters {
        unit = blankToNull(unit);
        page = Math.max(0, page);
        size = SIZES.contains(size) ? size : SIZES.getFirst();
        publicGroup = known(publicGroup, Arrays.stream(Public.values()).map(Enum::name).toList());
        programme = known(programme, Arrays.stream(Programme.values()).map(Enum::name).toList());
        distance = known(distance, FacetFilter.DISTANCE_BANDS);
    }

    /** The first page of 20, not strict, every unit, no facet clicked. */
    public CandidateFilters(boolean strict, @Nullable String unit, int page) {
        this(strict, unit, page, SIZES.getFirst(), null, null, null);
    }

    /** From the page's parameters (query string or the hidden fields of the selection form). */
    public static CandidateFilters parse(@Nullable String strict, @Nullable String unite, @Nullable String page,
                                         @Nullable String taille, @Nullable String publicGroup,
                                         @Nullable String dispositif, @Nullable String distance) {
        return new CandidateFilters(Boolean.parseBoolean(strict), unite, intOr(page, 0), intOr(taille, SIZES.getFirst()),
                publicGroup, dispositif, distance);
    }

    public FacetFilter facets() {
        return new FacetFilter(publicGroup == null ? Set.of() : Set.of(Public.valueOf(publicGroup)),
                programme == null ? Set.of() : Set.of(Programme.valueOf(programme)), distance);
    }

    public CandidateFilters page(int value) {
        return new CandidateFilters(strict, unit, value, size, publicGroup, programme, distance);
    }

    private static String known(@Nullable String value, List<String> allowed) {
        return value != null && allowed.contains(value.strip()) ? value.strip() : null;
    }

    private static String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static int intOr(@Nullable String text, int fallback) {
        try {
            return text == null ? fallback : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
