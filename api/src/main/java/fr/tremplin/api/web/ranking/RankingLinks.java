package fr.tremplin.api.web.ranking;

import fr.tremplin.api.web.layout.Pager;
import fr.tremplin.core.ranking.Facets;
import fr.tremplin.core.ranking.PageRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The links of the "Candidats classés" panel: a facet chip toggles its value (clicking the active one removes it)
 * and goes back to the first page; the pager keeps every filter. Put in the page model as {@code links}.
 *
 * @param path    the vacancy page, "/offres/{id}"
 * @param filters what the page shows now
 * @param total   people ranked with these filters (for the pager)
 */
public record RankingLinks(String path, CandidateFilters filters, long total) {
    private static final String ANCHOR = "#candidats";

    /** The query parameters of the current filters, page left out, in a stable order ("" for none). */
    public Map<String, String> params() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("unite", nz(filters.unit()));
        params.put("strict", filters.strict() ? "true" : "");
        params.put("public", nz(filters.publicGroup()));
        params.put("dispositif", nz(filters.programme()));
        params.put("distance", nz(filters.distance()));
        params.put("taille", filters.size() == CandidateFilters.SIZES.getFirst() ? "" : String.valueOf(filters.size()));
        return params;
    }

    /** Whether this value of this facet is the one filtering the list. */
    public boolean active(String facet, String code) {
        return code.equals(params().get(parameter(facet)));
    }

    /** The page with this facet value as a filter, or without it when it is the active one. */
    public String toggle(String facet, String code) {
        Map<String, String> params = params();
        String name = parameter(facet);
        params.put(name, code.equals(params.get(name)) ? "" : code);
        return url(params);
    }

    /** The page without any facet filter (unit, publics, programme, distance). */
    public String clear() {
        Map<String, String> params = params();
        params.put("unite", "");
        params.put("public", "");
        params.put("dispositif", "");
        params.put("distance", "");
        return url(params);
    }

    public boolean anyFacet() {
        return filters.unit() != null || filters.publicGroup() != null || filters.programme() != null
                || filters.distance() != null;
    }

    public Pager pager() {
        long reachable = Math.min(total, PageRequest.MAX_DEPTH);
        int pages = (int) Math.max(1, (reachable + filters.size() - 1) / filters.size());
        return Pager.of(total, Math.min(filters.page(), pages - 1), pages, path, params(), ANCHOR);
    }

    /** The rank of the first person of the page minus one: item {@code i} (from 1) shows as {@code offset + i}. */
    public int offset() {
        return filters.page() * filters.size();
    }

    private String url(Map<String, String> params) {
        String query = params.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return path + (query.isEmpty() ? "" : "?" + query) + ANCHOR;
    }

    private static String parameter(String facet) {
        return switch (facet) {
            case Facets.EMPLOYMENT_UNIT -> "unite";
            case Facets.PUBLICS -> "public";
            case Facets.PROGRAMMES -> "dispositif";
            case Facets.DISTANCE -> "distance";
            default -> throw new IllegalArgumentException("no filter for the facet " + facet);
        };
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
