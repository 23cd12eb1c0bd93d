package fr.tremplin.core.search;

import java.util.List;

/**
 * A commune found by {@link CommuneSearch}.
 *
 * @param insee       INSEE code, e.g. 44184
 * @param name        official name, e.g. Saint-Nazaire
 * @param postalCodes its postal codes
 * @param score       higher is better; comparable within one search only
 */
public record CommuneMatch(String insee, String name, List<String> postalCodes, double score) {
    public CommuneMatch {
        postalCodes = List.copyOf(postalCodes);
    }
}
