package fr.tremplin.api.web.ranking;

import java.util.List;

/**
 * One facet of a ranked list as chips: its French heading and its values, each with its count.
 *
 * @param name   the facet's name in the API ({@code employmentUnit}, {@code publics}, {@code distanceKm},
 *               {@code programmes})
 * @param label  "Unité emploi", "Publics"...
 */
public record FacetGroup(String name, String label, List<Value> values) {

    /**
     * @param code  the value in the API (a unit code, {@code RSA}, {@code 0-5}, {@code PEC})
     * @param label what people read ("Nantes Nord", "RSA", "Moins de 5 km", "PEC")
     */
    public record Value(String code, String label, long count) {
        /** "1 612" with the French thousands separator. */
        public String countText() {
            return fr.tremplin.core.wording.FrenchNumbers.count(count);
        }
    }
}
