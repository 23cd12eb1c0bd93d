package fr.tremplin.data.demo;

import fr.tremplin.core.employer.EmployerKind;
import fr.tremplin.data.employer.Employer;
import fr.tremplin.data.insertion.PublicContract;
import fr.tremplin.data.placement.Placement;
import fr.tremplin.data.vacancy.Vacancy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The public contracts behind the insertion clauses of the demo vacancies: one per reference, bought by the
 * public buyer that posted vacancies under it (else one drawn by the reference), awarded in the year the
 * reference names and running two to three years; the target is set so that the progress looks like a
 * contract under way.
 */
final class DemoContracts {
    private static final List<String> TITLES = List.of(
            "Réhabilitation d'un groupe scolaire", "Entretien des espaces verts", "Nettoyage des bâtiments publics",
            "Construction d'une médiathèque", "Rénovation énergétique de logements sociaux",
            "Voirie et réseaux divers", "Restauration collective", "Collecte et tri des encombrants",
            "Extension d'un EHPAD", "Aménagement d'une piste cyclable", "Maintenance des équipements sportifs",
            "Désamiantage et démolition");

    record Shell(String ref, String buyerId, LocalDate start, LocalDate end, int clauseHours) {}

    private DemoContracts() {
    }

    /** One shell per reference, before the hours exist. */
    static Map<String, Shell> shells(List<Vacancy> vacancies, Map<String, Employer> employers, long seed,
                                     LocalDate today) {
        List<Employer> buyers = employers.values().stream().filter(e -> e.kind() == EmployerKind.PUBLIC_BUYER).toList();
        Map<String, List<Vacancy>> byRef = new TreeMap<>();
        vacancies.stream().filter(v -> v.insertionContractRef() != null)
                .forEach(v -> byRef.computeIfAbsent(v.insertionContractRef(), ref -> new ArrayList<>()).add(v));
        Map<String, Shell> shells = new TreeMap<>();
        if (buyers.isEmpty()) {
            return shells;
        }
        byRef.forEach((ref, list) -> {
            SplittableRandom r = DemoRandom.of(seed, "contract-" + ref, 0);
            String buyer = list.stream().map(v -> employers.get(v.employerId()))
                    .filter(e -> e != null && e.kind() == EmployerKind.PUBLIC_BUYER)
                    .map(Employer::id).findFirst().orElseGet(() -> DemoRandom.oneOf(r, buyers).id());
            int year = yearOf(ref, today.getYear());
            LocalDate start = LocalDate.of(year, DemoRandom.between(r, 1, 6), 1);
            LocalDate earliest = today.minusMonths(7).withDayOfMonth(1);
            if (start.isAfter(earliest)) {
                start = earliest;
            }
            LocalDate end = start.plusMonths(DemoRandom.between(r, 24, 36)).minusDays(1);
            int clauseHours = list.stream().mapToInt(v -> v.insertionHours() == null ? 0 : v.insertionHours()).sum();
            shells.put(ref, new Shell(ref, buyer, start, end, clauseHours));
        });
        return shells;
    }

    /** The contracts, with targets set from the hours delivered so far (ref → hours). */
    static List<PublicContract> contracts(Map<String, Shell> shells, Map<String, BigDecimal> delivered, long seed,
                                          Instant createdAt) {
        List<PublicContract> contracts = new ArrayList<>();
        int index = 0;
        for (Shell s : shells.values()) {
            SplittableRandom r = DemoRandom.of(seed, "contract-target-" + s.ref(), 0);
            double done = delivered.getOrDefault(s.ref(), BigDecimal.ZERO).doubleValue();
            double target = done > 0 ? done / (0.2 + 0.6 * r.nextDouble()) : Math.max(350, s.clauseHours() * 1.5);
            contracts.add(new PublicContract(ShortlistStory.uuid("public-contract", index++), s.ref(), s.buyerId(),
                    DemoRandom.oneOf(r, TITLES), (int) (Math.ceil(target / 50) * 50), s.start(), s.end(),
                    "conseiller", createdAt, 0L));
        }
        return contracts;
    }

    /** The placements whose vacancy carries a clause of a known contract. */
    static List<Placement> underClause(List<Placement> placements, Map<String, Shell> shells) {
        return placements.stream().filter(p -> p.insertionContractRef() != null
                && shells.containsKey(p.insertionContractRef())).toList();
    }

    private static int yearOf(String ref, int fallback) {
        String[] parts = ref.split("-");
        try {
            return parts.length >= 2 ? Integer.parseInt(parts[1]) : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
