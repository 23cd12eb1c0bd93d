package fr.tremplin.core.ranking;

import fr.tremplin.core.referential.Mobility;
import fr.tremplin.core.referential.MobilityKind;
import fr.tremplin.core.referential.Occupation;
import fr.tremplin.core.referential.Referential;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The occupation codes that relate to one side of a match, each at its best {@link OccupationRelation}, plus
 * the professional and grand domains. Built from the referential at query time:
 * <ul>
 *   <li>{@link #aroundVacancy}: the codes a person may hold for a vacancy's occupation V: V itself, the
 *       occupations with a close mobility to or from V, those with an evolution mobility to V;</li>
 *   <li>{@link #aroundPerson}: the vacancy occupations that relate to the occupations H a person targets or has
 *       held: H itself, close mobilities from or to H, evolution mobilities from H.</li>
 * </ul>
 * Both describe the same pair relation (person code h, vacancy code v), seen from either side.
 *
 * @param explicit     code → best relation (SAME_TARGET stands for "same occupation" on the vacancy side)
 * @param domains      professional domain codes (3 characters) that count as {@link OccupationRelation#DOMAIN}
 * @param grandDomains grand domain letters that count as {@link OccupationRelation#GRAND_DOMAIN}
 */
record OccupationTargets(Map<String, OccupationRelation> explicit, Set<String> domains, Set<String> grandDomains) {

    OccupationTargets {
        explicit = Map.copyOf(explicit);
        domains = Set.copyOf(domains);
        grandDomains = Set.copyOf(grandDomains);
    }

    /** The person-side codes for vacancies of these occupations (several in a free search), each at its best. */
    static OccupationTargets aroundVacancy(Referential referential, Collection<String> vacancyOccupations) {
        Map<String, OccupationRelation> explicit = new LinkedHashMap<>();
        Set<String> domains = new LinkedHashSet<>();
        Set<String> grandDomains = new LinkedHashSet<>();
        for (String v : vacancyOccupations) {
            RankingRules.aroundVacancy(referential, v).forEach((code, relation) -> put(explicit, code, relation));
            referential.occupation(v).ifPresent(o -> {
                domains.add(o.domainCode());
                grandDomains.add(o.grandDomainCode());
            });
        }
        return new OccupationTargets(explicit, domains, grandDomains);
    }

    /** The vacancy-side codes for a person with these target and experience occupations. */
    static OccupationTargets aroundPerson(Referential referential, List<String> targets, List<String> experienced) {
        Map<String, OccupationRelation> explicit = new LinkedHashMap<>();
        Set<String> domains = new LinkedHashSet<>();
        Set<String> grandDomains = new LinkedHashSet<>();
        Set<String> held = new LinkedHashSet<>(targets);
        held.addAll(experienced);
        targets.forEach(code -> put(explicit, code, OccupationRelation.SAME_TARGET));
        experienced.forEach(code -> put(explicit, code, OccupationRelation.SAME_EXPERIENCE));
        for (String h : held) {
            for (Mobility out : referential.mobilitiesFrom(h)) {
                put(explicit, out.targetCode(), out.kind() == MobilityKind.CLOSE
                        ? OccupationRelation.CLOSE : OccupationRelation.EVOLUTION);
            }
            for (Mobility in : referential.mobilitiesTo(h)) {
                if (in.kind() == MobilityKind.CLOSE) {
                    put(explicit, in.sourceCode(), OccupationRelation.CLOSE);
                }
            }
            referential.occupation(h).map(Occupation::domainCode).ifPresent(domains::add);
            referential.occupation(h).map(Occupation::grandDomainCode).ifPresent(grandDomains::add);
        }
        return new OccupationTargets(explicit, domains, grandDomains);
    }

    /** The codes at exactly {@code relation}. */
    Set<String> codesAt(OccupationRelation relation) {
        Set<String> codes = new LinkedHashSet<>();
        explicit.forEach((code, r) -> {
            if (r == relation) {
                codes.add(code);
            }
        });
        return codes;
    }

    /** The relation of one code, explicit or through its domain; NONE when unrelated. */
    OccupationRelation relationOf(String code) {
        OccupationRelation relation = explicit.getOrDefault(code, OccupationRelation.NONE);
        if (code.length() >= 3 && domains.contains(code.substring(0, 3))) {
            relation = relation.better(OccupationRelation.DOMAIN);
        }
        if (!code.isEmpty() && grandDomains.contains(code.substring(0, 1))) {
            relation = relation.better(OccupationRelation.GRAND_DOMAIN);
        }
        return relation;
    }

    private static void put(Map<String, OccupationRelation> map, String code, OccupationRelation relation) {
        map.merge(code, relation, OccupationRelation::better);
    }
}
