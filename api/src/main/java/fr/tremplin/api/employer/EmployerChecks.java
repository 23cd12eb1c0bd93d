package fr.tremplin.api.employer;

import fr.tremplin.api.common.ReferentialChecks;
import fr.tremplin.core.referential.Referential;
import fr.tremplin.data.common.FieldError;
import fr.tremplin.data.common.InvalidDataException;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/** The 422 rules of an employer: SIRET check digit (La Poste's establishments excepted), commune, NAF code. */
@Singleton
public class EmployerChecks {
    private final ReferentialChecks checks;
    private final Referential referential;

    public EmployerChecks(ReferentialChecks checks, Referential referential) {
        this.checks = checks;
        this.referential = referential;
    }

    public void check(EmployerRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (!Siret.isValid(request.siret())) {
            errors.add(new FieldError("siret", "numéro SIRET invalide (clé de contrôle fausse)"));
        }
        checks.commune("communeInsee", request.communeInsee(), errors);
        if (request.nafCode() != null && referential.nafActivity(request.nafCode()).isEmpty()) {
            errors.add(new FieldError("nafCode", "code NAF inconnu : " + request.nafCode()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidDataException(errors);
        }
    }
}
