package fr.tremplin.api.support;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The programmes a contract needs, as docs/ranking.md states them: written again here on purpose, so that the
 * tests that re-check the ranking's hard filters do not use the ranking's own code.
 */
public final class ContractNeeds {
    private ContractNeeds() {
    }

    /** @param employerKind read only for a professionalisation contract (a GEIQ's needs GEIQ) */
    public static Set<String> of(String contractType, Supplier<String> employerKind, boolean insertionClause) {
        Set<String> needs = new HashSet<>();
        switch (contractType) {
            case "PEC" -> needs.add("PEC");
            case "IAE" -> needs.add("IAE");
            case "APPRENTICESHIP" -> needs.add("APPRENTICESHIP");
            case "PROFESSIONALISATION" -> {
                if ("EMPLOYER_GROUP".equals(employerKind.get())) {
                    needs.add("GEIQ");
                }
            }
            default -> { }
        }
        if (insertionClause) {
            needs.add("INSERTION_CLAUSE");
        }
        return needs;
    }
}
