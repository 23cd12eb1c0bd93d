package fr.tremplin.data.demo;

import fr.tremplin.core.referential.Commune;
import fr.tremplin.core.referential.Referential;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The communes of the département as the demo data sees them: where people live (in proportion to the
 * population), which employment unit coaches them, which communes are near one another.
 */
final class Territory {

    /** A city this large is shared by every unit within {@link #CITY_UNIT_RADIUS_KM} (Nantes: four units). */
    static final int BIG_CITY_POPULATION = 100_000;
    static final double CITY_UNIT_RADIUS_KM = 12;
    /** Communes with a priority neighbourhood of the city policy (QPV) in this demo. */
    static final Set<String> PRIORITY_NEIGHBOURHOOD_COMMUNES =
            Set.of("44109", "44184", "44162", "44143", "44114", "44036");
    /** Farms and market gardens are not in city centres: their communes are weighted by min(population, this). */
    private static final int RURAL_POPULATION_CAP = 8_000;

    private final Referential referential;
    private final List<Commune> communes;
    private final Map<String, Commune> byInsee = new HashMap<>();
    private final Weighted<Commune> byPopulation;
    private final Weighted<Commune> rural;
    private final Map<String, Weighted<String>> unitsByCommune = new HashMap<>();
    private final Map<String, Weighted<Commune>> nearbyCache = new HashMap<>();

    /**
     * @param unitCommunes employment unit code → INSEE code of the commune it sits in
     */
    Territory(Referential referential, Map<String, String> unitCommunes) {
        if (unitCommunes.isEmpty()) {
            throw new IllegalArgumentException("No employment unit: the demo job seekers need at least one");
        }
        this.referential = referential;
        this.communes = referential.communes().stream().sorted(Comparator.comparing(Commune::insee)).toList();
        communes.forEach(c -> byInsee.put(c.insee(), c));
        Map<String, String> units = new TreeMap<>(unitCommunes);
        units.forEach((code, insee) -> {
            if (!byInsee.containsKey(insee)) {
                throw new IllegalArgumentException("Employment unit " + code + " sits in commune " + insee
                        + ", which is not in the referential");
            }
        });
        this.byPopulation = Weighted.of(communes, Commune::population);
        this.rural = Weighted.of(communes, c -> Math.min(c.population(), RURAL_POPULATION_CAP));
        for (Commune commune : communes) {
            unitsByCommune.put(commune.insee(), unitsOf(commune, units));
        }
    }

    private Weighted<String> unitsOf(Commune commune, Map<String, String> units) {
        String nearest = null;
        double best = Double.MAX_VALUE;
        List<String> cityUnits = new ArrayList<>();
        for (Map.Entry<String, String> unit : units.entrySet()) {
            double d = referential.distanceKm(commune.insee(), unit.getValue());
            if (d < best) {
                best = d;
                nearest = unit.getKey();
            }
            if (d <= CITY_UNIT_RADIUS_KM) {
                cityUnits.add(unit.getKey());
            }
        }
        if (commune.population() >= BIG_CITY_POPULATION && cityUnits.size() > 1) {
            return Weighted.of(cityUnits, code -> 1);
        }
        return Weighted.of(List.of(nearest), code -> 1);
    }

    /** A commune drawn in proportion to its population. */
    Commune drawByPopulation(SplittableRandom random) {
        return byPopulation.pick(random);
    }

    /** A commune for a farm or a market garden: small communes count as much as towns. */
    Commune drawRural(SplittableRandom random) {
        return rural.pick(random);
    }

    /** The employment unit of a person living in {@code commune}: the nearest one (a big city is shared). */
    String unitOf(Commune commune, SplittableRandom random) {
        return unitsByCommune.get(commune.insee()).pick(random);
    }

    /** A commune within {@code radiusKm} of {@code centre} (the centre included), by population. */
    Commune near(Commune centre, int radiusKm, SplittableRandom random) {
        return nearbyCache.computeIfAbsent(centre.insee() + "/" + radiusKm, key -> Weighted.of(
                communes.stream().filter(c -> referential.distanceKm(centre.insee(), c.insee()) <= radiusKm).toList(),
                Commune::population)).pick(random);
    }

    boolean hasPriorityNeighbourhood(Commune commune) {
        return PRIORITY_NEIGHBOURHOOD_COMMUNES.contains(commune.insee());
    }

    Commune commune(String insee) {
        Commune commune = byInsee.get(insee);
        if (commune == null) {
            throw new IllegalArgumentException("Unknown commune " + insee + " in the demo data definitions");
        }
        return commune;
    }

    double distanceKm(Commune a, Commune b) {
        return referential.distanceKm(a.insee(), b.insee());
    }
}
