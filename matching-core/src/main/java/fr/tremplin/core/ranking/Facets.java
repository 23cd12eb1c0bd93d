package fr.tremplin.core.ranking;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts per value of a few dimensions over the people (or vacancies) of a result. For people:
 * {@value #EMPLOYMENT_UNIT}, {@value #PUBLICS}, {@value #DISTANCE}, {@value #PROGRAMMES}; for vacancies:
 * {@value #CONTRACT_TYPE}, {@value #EMPLOYER_KIND}, {@value #DISTANCE}, {@value #INSERTION_CLAUSE}.
 * The employment-unit counts ignore the unit filter itself, so an adviser sees what the other units hold.
 *
 * @param counts facet name → value → count; values in a stable order (distance bands nearest first, the
 *               others alphabetical)
 */
public record Facets(Map<String, Map<String, Long>> counts) {

    public static final String EMPLOYMENT_UNIT = "employmentUnit";
    public static final String PUBLICS = "publics";
    /** Distance bands in km: "0-5", "5-10", "10-20", "20-30", "30-50", "50+" (lower bound included). */
    public static final String DISTANCE = "distanceKm";
    /** Programmes the people are eligible to (which contracts they can take): PEC, IAE, APPRENTICESHIP... */
    public static final String PROGRAMMES = "programmes";
    public static final String CONTRACT_TYPE = "contractType";
    public static final String EMPLOYER_KIND = "employerKind";
    /** "true" or "false". */
    public static final String INSERTION_CLAUSE = "insertionClause";

    public Facets {
        Map<String, Map<String, Long>> copy = new LinkedHashMap<>();
        counts.forEach((name, values) -> copy.put(name, Collections.unmodifiableMap(new LinkedHashMap<>(values))));
        counts = Collections.unmodifiableMap(copy);
    }

    /** No facets (counts were not asked for). */
    public static Facets none() {
        return new Facets(Map.of());
    }

    /** The counts of one facet, empty when absent. */
    public Map<String, Long> of(String name) {
        return counts.getOrDefault(name, Map.of());
    }
}
