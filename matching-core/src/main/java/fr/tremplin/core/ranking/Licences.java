package fr.tremplin.core.ranking;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which licences satisfy a required one. French driving licences build on each other: C and D can only be
 * obtained with B, CE with C, and so on (Code de la route, art. R221-4 to R221-8), so a person whose record
 * lists "CE" holds C, C1 and B too. Any other code (certificates such as CACES_R489_3) is satisfied by
 * itself only. Codes are compared as written (upper case in Tremplin).
 */
public final class Licences {

    /** Required licence → the other licences that imply it. */
    private static final Map<String, Set<String>> IMPLIED_BY = Map.ofEntries(
            Map.entry("B", Set.of("BE", "C1", "C1E", "C", "CE", "D1", "D1E", "D", "DE")),
            Map.entry("BE", Set.of("C1E", "CE", "D1E", "DE")),
            Map.entry("C1", Set.of("C", "C1E", "CE")),
            Map.entry("C", Set.of("CE")),
            Map.entry("C1E", Set.of("CE")),
            Map.entry("D1", Set.of("D", "D1E", "DE")),
            Map.entry("D", Set.of("DE")),
            Map.entry("D1E", Set.of("DE")),
            Map.entry("A1", Set.of("A2", "A")),
            Map.entry("A2", Set.of("A")));

    private Licences() {
    }

    /** The licences that satisfy {@code required}: itself and every licence that implies it. */
    public static Set<String> satisfying(String required) {
        Set<String> codes = new LinkedHashSet<>();
        codes.add(required);
        codes.addAll(IMPLIED_BY.getOrDefault(required, Set.of()));
        return codes;
    }

    /** Whether {@code held} satisfies {@code required}. */
    static boolean holds(Set<String> held, String required) {
        for (String code : satisfying(required)) {
            if (held.contains(code)) {
                return true;
            }
        }
        return false;
    }
}
