package fr.tremplin.api.employer;

import fr.tremplin.api.access.AccessPolicy;
import fr.tremplin.api.common.PageResponse;
import fr.tremplin.api.common.Paging;
import fr.tremplin.api.security.CurrentUser;
import fr.tremplin.core.employer.EmployerKind;
import fr.tremplin.core.employer.Sector;
import fr.tremplin.data.employer.Employer;
import fr.tremplin.data.employer.EmployerService;
import fr.tremplin.data.user.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.validation.Validated;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.net.URI;
import java.util.List;

@Controller("/api/v1/employers")
@ExecuteOn(TaskExecutors.BLOCKING)
@Validated
@Tag(name = "Employeurs")
public class EmployerController {
    private final EmployerService service;
    private final EmployerChecks checks;

    public EmployerController(EmployerService service, EmployerChecks checks) {
        this.service = service;
        this.checks = checks;
    }

    @Operation(summary = "Enregistrer un employeur (entreprise, groupement, SIAE, acheteur public)")
    @Post
    @Secured({Role.ADVISER_NAME, Role.UNIT_MANAGER_NAME, Role.ADMIN_NAME})
    public HttpResponse<EmployerResponse> create(@Body @Valid EmployerRequest request) {
        checks.check(request);
        Employer created = service.create(new Employer(null, request.siret(), request.name().strip(),
                EmployerKind.valueOf(request.kind()), Sector.valueOf(request.sector()), request.communeInsee(),
                request.nafCode(), null, null, null));
        return HttpResponse.created(EmployerResponse.of(created), URI.create("/api/v1/employers/" + created.id()));
    }

    @Operation(summary = "Lire un employeur (un compte employeur ne lit que le sien)")
    @Get("/{id}")
    @Secured({Role.ADVISER_NAME, Role.UNIT_MANAGER_NAME, Role.ADMIN_NAME, Role.EMPLOYER_NAME})
    public EmployerResponse get(@PathVariable String id, Authentication authentication) {
        AccessPolicy.hideFromOtherEmployer(CurrentUser.of(authentication), id, "L'employeur", id);
        return EmployerResponse.of(service.get(id));
    }

    @Operation(summary = "Lister les employeurs (un compte employeur ne voit que le sien)")
    @Get
    @Secured({Role.ADVISER_NAME, Role.UNIT_MANAGER_NAME, Role.ADMIN_NAME, Role.EMPLOYER_NAME})
    public PageResponse<EmployerResponse> list(
            @QueryValue @Nullable String q,
            @QueryValue @Nullable @jakarta.validation.constraints.Pattern(regexp = "COMPANY|EMPLOYER_GROUP|SIAE|PUBLIC_BUYER",
                    message = "COMPANY, EMPLOYER_GROUP, SIAE ou PUBLIC_BUYER") String kind,
            @QueryValue @Nullable @jakarta.validation.constraints.Pattern(regexp = "BUILDING|CLEANING|INDUSTRY|AGRICULTURE|TRANSPORT|OTHER",
                    message = "BUILDING, CLEANING, INDUSTRY, AGRICULTURE, TRANSPORT ou OTHER") String sector,
            @QueryValue(defaultValue = "0") @Min(value = 0, message = Paging.PAGE_MESSAGE) int page,
            @QueryValue(defaultValue = "20") @Min(value = 1, message = Paging.SIZE_MESSAGE)
            @Max(value = Paging.MAX_SIZE, message = Paging.SIZE_MESSAGE) int size,
            Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        if (user.isEmployer()) {
            Employer own = service.get(user.employerId());
            return new PageResponse<>(page == 0 ? List.of(EmployerResponse.of(own)) : List.of(), 1, page, size);
        }
        String query = q == null || q.isBlank() ? null : q.strip();
        return PageResponse.of(service.list(query, kind, sector, Paging.of(page, size)), EmployerResponse::of);
    }
}
