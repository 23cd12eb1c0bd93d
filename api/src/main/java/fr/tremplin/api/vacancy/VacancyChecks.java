package fr.tremplin.api.vacancy;

import fr.tremplin.api.common.ReferentialChecks;
import fr.tremplin.data.common.FieldError;
import fr.tremplin.data.common.InvalidDataException;
import fr.tremplin.data.employer.EmployerService;
import fr.tremplin.data.insertion.PublicContractRepository;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The 422 rules of a vacancy: employer, at least one required skill, referential codes, territory, dates, the public contract of its clause. */
@Singleton
public class VacancyChecks {
    /** An offer without a required skill cannot be matched on what the job needs, so it is refused. */
    public static final String REQUIRED_SKILL_MISSING =
            "obligatoire : au moins une compétence exigée, choisie parmi les compétences ROME du métier";

    private final ReferentialChecks referential;
    private final EmployerService employers;
    private final Clock clock;
    private final PublicContractRepository contracts;

    public VacancyChecks(ReferentialChecks referential, EmployerService employers, Clock clock,
                         PublicContractRepository contracts) {
        this.referential = referential;
        this.employers = employers;
        this.clock = clock;
        this.contracts = contracts;
    }

    /** A list filter's employment unit must exist (422 naming {@code unit}), rather than silently matching nothing. */
    public void listUnit(@Nullable String unit) {
        List<FieldError> errors = new ArrayList<>();
        referential.employmentUnit("unit", unit, errors);
        if (!errors.isEmpty()) {
            throw new InvalidDataException(errors);
        }
    }

    public void check(String employerId, VacancyRequest r) {
        List<FieldError> errors = new ArrayList<>();
        if (!employers.exists(employerId)) {
            errors.add(new FieldError("employerId", "employeur inconnu : " + employerId));
        }
        referential.occupation("occupation", r.occupation(), errors);
        referential.commune("communeInsee", r.communeInsee(), errors);
        if (r.requiredSkills() == null || r.requiredSkills().isEmpty()) {
            errors.add(new FieldError("requiredSkills", REQUIRED_SKILL_MISSING));
        }
        referential.skills("requiredSkills", r.requiredSkills(), errors);
        referential.skills("niceToHaveSkills", r.niceToHaveSkills(), errors);
        if (r.startDate() != null && r.startDate().isBefore(LocalDate.now(clock).minusYears(1))) {
            errors.add(new FieldError("startDate", "la date de début est passée depuis plus d'un an"));
        }
        if (r.insertionClause() != null && r.insertionClause().contractRef() != null
                && contracts.findByRef(r.insertionClause().contractRef()).isEmpty()) {
            errors.add(new FieldError("insertionClause.contractRef", "aucun marché public ne porte la référence "
                    + r.insertionClause().contractRef() + " : enregistrez d'abord le marché (/api/v1/public-contracts)"));
        }
        if (r.requiredSkills() != null && r.niceToHaveSkills() != null) {
            r.niceToHaveSkills().stream().filter(r.requiredSkills()::contains).findFirst().ifPresent(code ->
                    errors.add(new FieldError("niceToHaveSkills", "la compétence " + code
                            + " est déjà exigée : elle ne peut pas être aussi souhaitée")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidDataException(errors);
        }
    }
}
