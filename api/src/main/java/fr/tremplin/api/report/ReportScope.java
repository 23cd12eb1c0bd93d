package fr.tremplin.api.report;

import fr.tremplin.api.security.CurrentUser;
import fr.tremplin.data.common.ForbiddenException;
import fr.tremplin.data.common.InvalidDataException;
import fr.tremplin.data.unit.EmploymentUnitRepository;
import fr.tremplin.data.user.Role;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

/** Which unit a report covers: a unit manager's own unit only; an administrator any unit, or all (null). */
@Singleton
public class ReportScope {
    private final EmploymentUnitRepository units;

    public ReportScope(EmploymentUnitRepository units) {
        this.units = units;
    }

    public @Nullable String unit(CurrentUser user, @Nullable String requested) {
        if (user.role() == Role.UNIT_MANAGER) {
            if (user.unit() == null) {
                throw new ForbiddenException("Ce compte de responsable n'est rattaché à aucune unité emploi.");
            }
            if (requested != null && !requested.equals(user.unit())) {
                throw new ForbiddenException("Un responsable d'unité ne consulte que les chiffres de son unité ("
                        + user.unit() + ").");
            }
            return user.unit();
        }
        if (requested != null && !units.existsById(requested)) {
            throw new InvalidDataException("unit", "unité emploi inconnue : " + requested);
        }
        return requested;
    }
}
