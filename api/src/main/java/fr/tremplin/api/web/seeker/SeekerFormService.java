package fr.tremplin.api.web.seeker;

import fr.tremplin.data.audit.Auditor;
import fr.tremplin.data.seeker.ConsentSource;

import fr.tremplin.api.seeker.JobSeekerChecks;
import fr.tremplin.api.seeker.JobSeekerMapper;
import fr.tremplin.api.seeker.JobSeekerRequest;
import fr.tremplin.api.web.form.FieldErrors;
import fr.tremplin.api.web.form.SaveResult;
import fr.tremplin.data.common.ConflictException;
import fr.tremplin.data.common.InvalidDataException;
import fr.tremplin.data.seeker.JobSeekerService;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;

/**
 * Saves a job-seeker form through the very path of the API: Bean Validation of {@link JobSeekerRequest} (400
 * there), {@link JobSeekerChecks} (422), then {@link JobSeekerService} (409 on a duplicate reference or a stale
 * version). Each failure becomes a French message beside its field.
 */
@Singleton
public class SeekerFormService {
    private final SeekerFormBinder binder;
    private final Validator validator;
    private final JobSeekerChecks checks;
    private final JobSeekerMapper mapper;
    private final JobSeekerService service;

    public SeekerFormService(SeekerFormBinder binder, Validator validator, JobSeekerChecks checks,
                             JobSeekerMapper mapper, JobSeekerService service) {
        this.binder = binder;
        this.validator = validator;
        this.checks = checks;
        this.mapper = mapper;
        this.service = service;
    }

    /** Creates the person when {@code id} is null, updates it otherwise. */
    public SaveResult save(@Nullable String id, SeekerForm form, Auditor who) {
        FieldErrors errors = FieldErrors.none();
        JobSeekerRequest request = binder.bind(form, errors);
        errors.addViolations(validator.validate(request));
        if (id != null && request.version() == null) {
            errors.add("version", "version de la fiche manquante : rechargez la page");
        }
        if (!errors.isEmpty()) {
            return SaveResult.rejected(errors);
        }
        try {
            checks.check(request);
            if (id == null) {
                return SaveResult.saved(service.create(mapper.toEntity(request), who, ConsentSource.WEB).id());
            }
            return SaveResult.saved(service.update(id, request.version(), mapper.toEntity(request), who,
                    ConsentSource.WEB).id());
        } catch (InvalidDataException e) {
            return SaveResult.rejected(errors.addAll(e.errors()));
        } catch (ConflictException e) {
            return SaveResult.rejected(errors.add(e.field(), e.getMessage()));
        }
    }
}
