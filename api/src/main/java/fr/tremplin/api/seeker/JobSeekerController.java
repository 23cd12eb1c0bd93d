package fr.tremplin.api.seeker;

import fr.tremplin.api.access.AccessPolicy;
import fr.tremplin.api.common.PageResponse;
import fr.tremplin.api.security.CurrentUser;
import fr.tremplin.data.audit.AuditAction;
import fr.tremplin.data.seeker.ConsentSource;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.constraints.Size;
import fr.tremplin.api.common.Paging;
import fr.tremplin.data.common.InvalidDataException;
import fr.tremplin.data.seeker.JobSeekerService;
import fr.tremplin.data.user.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.validation.Validated;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import fr.tremplin.data.seeker.SeekerSearch;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import java.net.URI;

@Controller("/api/v1/job-seekers")
@Secured({Role.ADVISER_NAME, Role.UNIT_MANAGER_NAME, Role.ADMIN_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
@Validated
@Tag(name = "Personnes accompagnées")
public class JobSeekerController {
    private final JobSeekerService service;
    private final JobSeekerChecks checks;
    private final JobSeekerMapper mapper;
    private final AccessPolicy access;
    private final PersonalDataExport export;

    public JobSeekerController(JobSeekerService service, JobSeekerChecks checks, JobSeekerMapper mapper,
                               AccessPolicy access, PersonalDataExport export) {
        this.service = service;
        this.checks = checks;
        this.mapper = mapper;
        this.access = access;
        this.export = export;
    }

    @Operation(summary = "Créer une fiche de personne accompagnée (dans l'unité du conseiller)")
    @Post
    public HttpResponse<JobSeekerResponse> create(@Body @Valid JobSeekerRequest request, Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        checks.check(request);
        access.requireOwnUnit(user, request.employmentUnit());
        JobSeekerResponse created = mapper.toResponse(service.create(mapper.toEntity(request),
                AccessPolicy.auditor(user), ConsentSource.API));
        return HttpResponse.created(created, URI.create("/api/v1/job-seekers/" + created.id()));
    }

    @Operation(summary = "Lire une fiche complète (personnes de son unité ; ADMIN : toutes) ; la lecture est journalisée")
    @Get("/{id}")
    public JobSeekerResponse get(@PathVariable String id, Authentication authentication) {
        return mapper.toResponse(access.open(CurrentUser.of(authentication), id, AuditAction.READ));
    }

    @Operation(summary = "Droit d'accès : tout ce qui est conservé sur la personne (fiche, consentements, listes, transmissions, recrutements, heures, journal d'accès)")
    @Get("/{id}/export")
    public PersonalDataExport.Export exportAll(@PathVariable String id, Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        return export.of(access.open(user, id, AuditAction.EXPORT));
    }

    @Operation(summary = "Modifier une fiche (version obligatoire : verrouillage optimiste ; personnes de son unité)")
    @Put("/{id}")
    public JobSeekerResponse update(@PathVariable String id, @Body @Valid JobSeekerRequest request,
                                    Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        access.forChange(user, id);
        if (request.version() == null) {
            throw new InvalidDataException("version", "obligatoire pour une modification (version lue)");
        }
        checks.check(request);
        access.requireOwnUnit(user, request.employmentUnit());
        return mapper.toResponse(service.update(id, request.version(), mapper.toEntity(request),
                AccessPolicy.auditor(user), ConsentSource.API));
    }

    @Operation(summary = "Effacer une personne (droit à l'effacement) : base et index ; responsable de l'unité de la personne ou ADMIN, motif obligatoire (500 caractères au plus)")
    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @Secured({Role.UNIT_MANAGER_NAME, Role.ADMIN_NAME})
    public void delete(@PathVariable String id,
                       @QueryValue @Nullable @Size(max = JobSeekerService.REASON_MAX,
                               message = "le motif compte au plus 500 caractères") String reason,
                       Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        access.forErasure(user, id);
        if (reason == null || reason.isBlank()) {
            throw new InvalidDataException("reason", "obligatoire : le motif de l'effacement (demande de la personne,"
                    + " fin d'accompagnement…)");
        }
        service.erase(id, reason, AccessPolicy.auditor(user));
    }

    @Operation(summary = "Lister les personnes de son unité (ADMIN : toutes ; filtres : nom ou référence, unité, statut)")
    @Get
    public PageResponse<JobSeekerResponse> list(
            @QueryValue @Nullable String q,
            @QueryValue @Nullable String unit,
            @QueryValue @Nullable @Pattern(regexp = "ACTIVE|PLACED|PAUSED|EXITED", message = "ACTIVE, PLACED, PAUSED ou EXITED") String status,
            @QueryValue @Nullable @Pattern(regexp = "\\d{5}", message = "un code INSEE de commune à 5 chiffres") String commune,
            @QueryValue @Nullable @Pattern(regexp = "[A-N]\\d{4}", message = "un code ROME, par exemple F1703") String occupation,
            @QueryValue(defaultValue = "name") @Pattern(regexp = "name|recent|commune",
                    message = "name, recent ou commune") String sort,
            @QueryValue(defaultValue = "0") @Min(value = 0, message = Paging.PAGE_MESSAGE) int page,
            @QueryValue(defaultValue = "20") @Min(value = 1, message = Paging.SIZE_MESSAGE)
            @Max(value = Paging.MAX_SIZE, message = Paging.SIZE_MESSAGE) int size,
            Authentication authentication) {
        String query = q == null || q.isBlank() ? null : q.strip();
        String scope = access.listUnit(CurrentUser.of(authentication), unit == null || unit.isBlank() ? null : unit);
        return PageResponse.of(service.list(new SeekerSearch(query, scope, status, commune, occupation, sort),
                Paging.of(page, size)), mapper::toResponse);
    }
}
