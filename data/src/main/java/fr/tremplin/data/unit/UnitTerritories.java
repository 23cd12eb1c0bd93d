package fr.tremplin.data.unit;

import fr.tremplin.core.referential.Commune;
import fr.tremplin.core.referential.Referential;
import jakarta.inject.Singleton;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The territory of an employment unit: the communes nearer to its seat than to any other unit's. A vacancy belongs
 * to the unit of its workplace's territory (the activity report counts it there, the vacancy list filters by it).
 */
@Singleton
public class UnitTerritories {
    private final Referential referential;
    private final EmploymentUnitRepository units;

    public UnitTerritories(Referential referential, EmploymentUnitRepository units) {
        this.referential = referential;
        this.units = units;
    }

    /** The unit nearest to the commune among {@code all}; empty for a commune outside the referential. */
    public Optional<String> nearestUnit(List<EmploymentUnit> all, String commune) {
        if (!referential.isCommune(commune)) {
            return Optional.empty();
        }
        return all.stream()
                .filter(u -> referential.isCommune(u.communeInsee()))
                .min(Comparator.comparingDouble(u -> referential.distanceKm(commune, u.communeInsee())))
                .map(EmploymentUnit::code);
    }

    /** The INSEE codes of the communes of the unit's territory (empty for an unknown unit). */
    public List<String> communesOf(String unit) {
        List<EmploymentUnit> all = units.findAllOrderByCode();
        return referential.communes().stream().map(Commune::insee)
                .filter(insee -> nearestUnit(all, insee).filter(unit::equals).isPresent()).toList();
    }
}
