package fr.tremplin.api.common;

import fr.tremplin.core.referential.Referential;
import fr.tremplin.data.common.FieldError;
import fr.tremplin.data.unit.EmploymentUnitRepository;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Checks codes against the ROME / communes referential and the employment units, collecting 422 errors. */
@Singleton
public class ReferentialChecks {
    private final Referential referential;
    private final EmploymentUnitRepository units;
    private final Set<String> knownUnits = ConcurrentHashMap.newKeySet();

    public ReferentialChecks(Referential referential, EmploymentUnitRepository units) {
        this.referential = referential;
        this.units = units;
    }

    public void commune(String field, @Nullable String insee, List<FieldError> errors) {
        if (insee != null && !referential.isCommune(insee)) {
            errors.add(new FieldError(field, "la commune " + insee + " n'est pas une commune de Loire-Atlantique"));
        }
    }

    public void occupation(String field, @Nullable String code, List<FieldError> errors) {
        if (code != null && !referential.isOccupation(code)) {
            errors.add(new FieldError(field, "code ROME inconnu : " + code));
        }
    }

    public void occupations(String field, @Nullable List<String> codes, List<FieldError> errors) {
        if (codes != null) {
            for (int i = 0; i < codes.size(); i++) {
                occupation(field + "[" + i + "]", codes.get(i), errors);
            }
        }
    }

    public void skills(String field, @Nullable List<String> codes, List<FieldError> errors) {
        if (codes != null) {
            for (int i = 0; i < codes.size(); i++) {
                if (codes.get(i) != null && !referential.isSkill(codes.get(i))) {
                    errors.add(new FieldError(field + "[" + i + "]", "code de compétence ROME inconnu : " + codes.get(i)));
                }
            }
        }
    }

    /**
     * Employment units are set up once and never deleted (people and accounts point at them): a code once found is
     * remembered, so that a file of 28,000 people does not ask the database 28,000 times.
     */
    public void employmentUnit(String field, @Nullable String code, List<FieldError> errors) {
        if (code != null && !knownUnits.contains(code) && units.existsById(code)) {
            knownUnits.add(code);
        }
        if (code != null && !knownUnits.contains(code)) {
            errors.add(new FieldError(field, "unité emploi inconnue : " + code));
        }
    }
}
