package fr.tremplin.api.alert;

import fr.tremplin.api.security.CurrentUser;
import fr.tremplin.core.alert.AlertKind;
import fr.tremplin.data.common.ForbiddenException;
import fr.tremplin.data.common.InvalidDataException;
import fr.tremplin.data.unit.EmploymentUnitRepository;
import fr.tremplin.data.user.Role;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Whose alerts a caller reads: an adviser or unit manager their own unit only; an administrator all, or one unit. */
@Singleton
public class AlertScope {
    private final EmploymentUnitRepository units;

    public AlertScope(EmploymentUnitRepository units) {
        this.units = units;
    }

    /** The unit to list (null: every unit, administrators only). */
    @Nullable
    public String unit(CurrentUser user, @Nullable String requested) {
        String asked = requested == null || requested.isBlank() ? null : requested.strip();
        if (user.role() == Role.ADMIN) {
            if (asked != null && !units.existsById(asked)) {
                throw new InvalidDataException("unit", "unité emploi inconnue : " + asked);
            }
            return asked;
        }
        if (user.unit() == null) {
            throw new ForbiddenException("Ce compte n'est rattaché à aucune unité emploi : il n'a pas d'alertes.");
        }
        if (asked != null && !asked.equals(user.unit())) {
            throw new ForbiddenException("Votre compte est rattaché à l'unité " + user.unit()
                    + " : vous ne voyez que les alertes de cette unité.");
        }
        return user.unit();
    }

    /** {@code kind=NO_PROPOSAL,NEW_MATCH}: the kinds asked for, all when none. */
    public static Set<AlertKind> kinds(@Nullable String kind) {
        Set<AlertKind> kinds = EnumSet.noneOf(AlertKind.class);
        if (kind == null || kind.isBlank()) {
            return kinds;
        }
        for (String k : kind.split(",")) {
            try {
                kinds.add(AlertKind.valueOf(k.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidDataException("kind", "type d'alerte inconnu : « " + k.strip()
                        + " » (NO_PROPOSAL, NEW_MATCH, SILENT_EMPLOYER ou CONSENT_EXPIRING)");
            }
        }
        return kinds;
    }
}
