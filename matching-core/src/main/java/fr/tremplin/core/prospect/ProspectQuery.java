package fr.tremplin.core.prospect;

import java.util.List;
import java.util.Set;

/**
 * Whose hidden market is sought: the person's commune and radius, their occupations (targets first, then those
 * they have experience in; duplicates are ignored) and the companies that already have an OPEN vacancy in one of
 * those occupations (left out: the adviser answers the vacancy instead of prospecting).
 */
public record ProspectQuery(String communeInsee, int radiusKm, List<String> occupations,
                            Set<String> companiesWithOpenVacancy) {
    public ProspectQuery {
        if (radiusKm < 0) {
            throw new IllegalArgumentException("radiusKm must be 0 or more, not " + radiusKm);
        }
        occupations = List.copyOf(new java.util.LinkedHashSet<>(occupations));
        companiesWithOpenVacancy = Set.copyOf(companiesWithOpenVacancy);
    }
}
