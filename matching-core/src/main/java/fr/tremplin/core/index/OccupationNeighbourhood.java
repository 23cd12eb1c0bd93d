package fr.tremplin.core.index;

import fr.tremplin.core.referential.Mobility;
import fr.tremplin.core.referential.MobilityKind;
import fr.tremplin.core.referential.Occupation;
import fr.tremplin.core.referential.Referential;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Occupation codes derived from the referential around a set of occupations: the ROME mobility neighbours
 * (each code at its nearest level only: the occupations themselves, then close, then evolution) and the
 * professional and grand domains.
 */
record OccupationNeighbourhood(Set<String> close, Set<String> evolution, Set<String> domains,
                               Set<String> grandDomains) {

    /** Where people holding {@code occupations} can move to (seekers). */
    static OccupationNeighbourhood outgoing(Referential referential, Collection<String> occupations) {
        return of(referential, occupations, referential::mobilitiesFrom, Mobility::targetCode);
    }

    /** Where people can come from to hold {@code occupation} (vacancies). */
    static OccupationNeighbourhood incoming(Referential referential, String occupation) {
        return of(referential, List.of(occupation), referential::mobilitiesTo, Mobility::sourceCode);
    }

    private static OccupationNeighbourhood of(Referential referential, Collection<String> occupations,
                                              Function<String, List<Mobility>> edges,
                                              Function<Mobility, String> neighbour) {
        Set<String> close = new TreeSet<>();
        Set<String> evolution = new TreeSet<>();
        Set<String> domains = new TreeSet<>();
        Set<String> grandDomains = new TreeSet<>();
        for (String code : occupations) {
            referential.occupation(code).map(Occupation::domainCode).ifPresent(domains::add);
            referential.occupation(code).map(Occupation::grandDomainCode).ifPresent(grandDomains::add);
            for (Mobility mobility : edges.apply(code)) {
                (mobility.kind() == MobilityKind.CLOSE ? close : evolution).add(neighbour.apply(mobility));
            }
        }
        close.removeAll(occupations);
        evolution.removeAll(occupations);
        evolution.removeAll(close);
        return new OccupationNeighbourhood(Set.copyOf(close), Set.copyOf(evolution), Set.copyOf(domains),
                Set.copyOf(grandDomains));
    }
}
