package fr.tremplin.api.prospect;

import fr.tremplin.core.prospect.Prospect;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/**
 * A company to approach for a person (public contract: employerId … reason), with the occupation it would hire
 * the person in and the date of the latest contact of the person's unit with it, if any.
 */
@Serdeable
public record ProspectItem(String employerId, String name, String siret, String naf, String communeInsee,
                           double distanceKm, double hiringScore, String reason, String occupation,
                           @Nullable LocalDate contactedByUnitOn) {

    static ProspectItem of(Prospect p, @Nullable LocalDate contactedByUnitOn) {
        return new ProspectItem(p.company().id(), p.company().name(), p.company().siret(), p.company().naf(),
                p.company().communeInsee(), p.distanceKm(), p.hiringScore(), p.reason(), p.occupation(),
                contactedByUnitOn);
    }
}
