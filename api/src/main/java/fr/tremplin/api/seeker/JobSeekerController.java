package fr.tremplin.api.seeker;

import fr.tremplin.api.common.PageResponse;
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

    public JobSeekerController(JobSeekerService service, JobSeekerChecks checks, JobSeekerMapper mapper) {
        this.service = service;
        this.checks = checks;
        this.mapper = mapper;
    }

    @Operation(summary = "Créer une fiche de personne accompagnée")
    @Post
    public HttpResponse<JobSeekerResponse> create(@Body @Valid JobSeekerRequest request) {
        checks.check(request);
        JobSeekerResponse created = mapper.toResponse(service.create(mapper.toEntity(request)));
        return HttpResponse.created(created, URI.create("/api/v1/job-seekers/" + created.id()));
    }

    @Operation(summary = "Lire une fiche")
    @Get("/{id}")
    public JobSeekerResponse get(@PathVariable String id) {
        return mapper.toResponse(service.get(id));
    }

    @Operation(summary = "Modifier une fiche (version obligatoire : verrouillage optimiste)")
    @Put("/{id}")
    public JobSeekerResponse update(@PathVariable String id, @Body @Valid JobSeekerRequest request) {
        if (request.version() == null) {
            throw new InvalidDataException("version", "obligatoire pour une modification (version lue)");
        }
        checks.check(request);
        return mapper.toResponse(service.update(id, request.version(), mapper.toEntity(request)));
    }

    @Operation(summary = "Effacer une personne (droit à l'effacement) : base et index")
    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    public void delete(@PathVariable String id) {
        service.delete(id);
    }

    @Operation(summary = "Lister les personnes (filtres : nom ou référence, unité, statut)")
    @Get
    public PageResponse<JobSeekerResponse> list(
            @QueryValue @Nullable String q,
            @QueryValue @Nullable String unit,
            @QueryValue @Nullable @Pattern(regexp = "ACTIVE|PLACED|PAUSED|EXITED", message = "ACTIVE, PLACED, PAUSED ou EXITED") String status,
            @QueryValue(defaultValue = "0") @Min(value = 0, message = Paging.PAGE_MESSAGE) int page,
            @QueryValue(defaultValue = "20") @Min(value = 1, message = Paging.SIZE_MESSAGE)
            @Max(value = Paging.MAX_SIZE, message = Paging.SIZE_MESSAGE) int size) {
        String query = q == null || q.isBlank() ? null : q.strip();
        return PageResponse.of(service.list(query, unit, status, Paging.of(page, size)), mapper::toResponse);
    }
}
