package fr.tremplin.api.web.vacancy;

import fr.tremplin.api.vacancy.InsertionClauseDto;
import fr.tremplin.api.vacancy.VacancyChecks;
import fr.tremplin.api.vacancy.VacancyMapper;
import fr.tremplin.api.vacancy.VacancyRequest;
import fr.tremplin.api.web.form.FieldErrors;
import fr.tremplin.api.web.form.SaveResult;
import fr.tremplin.api.web.referential.Choice;
import fr.tremplin.api.web.referential.Labels;
import fr.tremplin.data.common.ConflictException;
import fr.tremplin.data.common.InvalidDataException;
import fr.tremplin.data.vacancy.Vacancy;
import fr.tremplin.data.vacancy.VacancyService;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.List;

import static fr.tremplin.api.web.form.FormValues.date;
import static fr.tremplin.api.web.form.FormValues.integer;

/**
 * Saves a vacancy form through the API's path: Bean Validation of {@link VacancyRequest}, {@link VacancyChecks},
 * then {@link VacancyService}. The employer is the caller's own (employer accounts) or the vacancy's.
 */
@Singleton
public class VacancyFormService {
    private final Validator validator;
    private final VacancyChecks checks;
    private final VacancyService service;
    private final Labels labels;

    public VacancyFormService(Validator validator, VacancyChecks checks, VacancyService service, Labels labels) {
        this.validator = validator;
        this.checks = checks;
        this.service = service;
        this.labels = labels;
    }

    public SaveResult save(@Nullable String id, String employerId, VacancyForm form) {
        FieldErrors errors = FieldErrors.none();
        VacancyRequest request = bind(employerId, form, errors);
        errors.addViolations(validator.validate(request));
        if (id != null && request.version() == null) {
            errors.add("version", "version de l'offre manquante : rechargez la page");
        }
        if (!errors.isEmpty()) {
            return SaveResult.rejected(errors);
        }
        try {
            checks.check(employerId, request);
            Vacancy entity = VacancyMapper.toEntity(employerId, request);
            return SaveResult.saved(id == null ? service.create(entity).id()
                    : service.update(id, request.version(), entity).id());
        } catch (InvalidDataException e) {
            return SaveResult.rejected(errors.addAll(e.errors()));
        } catch (ConflictException e) {
            return SaveResult.rejected(errors.add(e.field(), e.getMessage()));
        }
    }

    VacancyRequest bind(String employerId, VacancyForm f, FieldErrors errors) {
        String occupation = null;
        if (f.occupation().isBlank()) {
            errors.add("occupation", "obligatoire : choisissez le métier ROME dans la liste");
        } else {
            occupation = Choice.leadingCode(f.occupation());
            if (!labels.isOccupation(occupation)) {
                errors.add("occupation", "« " + f.occupation() + " » n'est pas un métier du référentiel ROME : "
                        + "choisissez une proposition de la liste");
            }
        }
        String commune = null;
        if (f.commune().isBlank()) {
            errors.add("communeInsee", "obligatoire : choisissez la commune du lieu de travail");
        } else {
            commune = labels.communeCode(f.commune()).orElse(null);
            if (commune == null) {
                errors.add("communeInsee", "« " + f.commune() + " » n'est pas une commune de Loire-Atlantique : "
                        + "choisissez une proposition de la liste");
            }
        }
        List<String> required = new ArrayList<>(f.skillsAt(VacancyForm.REQUIRED));
        List<String> nice = new ArrayList<>(f.skillsAt(VacancyForm.NICE));
        if (!f.skillToAdd().isBlank()) {
            String code = Choice.leadingCode(f.skillToAdd());
            if (labels.isSkill(code)) {
                (VacancyForm.NICE.equals(f.skillToAddLevel()) ? nice : required).add(code);
            } else {
                errors.add(VacancyForm.NICE.equals(f.skillToAddLevel()) ? "niceToHaveSkills" : "requiredSkills",
                        "« " + f.skillToAdd() + " » n'est pas une compétence du référentiel : choisissez une proposition");
            }
        }
        if (required.isEmpty() && !errors.has("requiredSkills")) {
            errors.add("requiredSkills", VacancyChecks.REQUIRED_SKILL_MISSING);
        }
        Integer hours = integer("hoursPerWeek", f.hoursPerWeek(), "un nombre d'heures", errors);
        Integer positions = integer("positions", f.positions(), "un nombre de postes", errors);
        Integer diploma = integer("minDiplomaLevel", f.minDiplomaLevel(), "un niveau", errors);
        Integer clauseHours = integer("insertionClause", f.insertionHours(), "un nombre d'heures", errors);
        InsertionClauseDto clause = f.contractRef().isBlank() && f.insertionHours().isBlank() ? null
                : new InsertionClauseDto(f.contractRef(), clauseHours);
        return new VacancyRequest(employerId, occupation, f.title(), blankToNull(f.description()), commune,
                f.contractType(), hours, date("startDate", f.startDate(), false, errors), positions, required, nice,
                f.requiredLicences(), diploma, clause, f.status(), version(f.version()));
    }

    @Nullable
    private static Long version(String text) {
        try {
            return text.isBlank() ? null : Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Nullable
    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
