package fr.tremplin.api.vacancy;

import fr.tremplin.api.access.AccessPolicy;

import fr.tremplin.api.common.PageResponse;
import fr.tremplin.api.common.Paging;
import fr.tremplin.api.security.CurrentUser;
import fr.tremplin.data.common.InvalidDataException;
import fr.tremplin.data.user.Role;
import fr.tremplin.data.vacancy.Vacancy;
import fr.tremplin.data.vacancy.VacancyService;
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
import io.micronaut.security.authentication.Authentication;
import io.micronaut.validation.Validated;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import fr.tremplin.data.vacancy.VacancySearch;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.net.URI;

@Controller("/api/v1/vacancies")
@Secured({Role.ADVISER_NAME, Role.UNIT_MANAGER_NAME, Role.ADMIN_NAME, Role.EMPLOYER_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
@Validated
@Tag(name = "Offres")
public class VacancyController {
    private static final String RESOURCE = "L'offre";
    private final VacancyService service;
    private final VacancyChecks checks;

    public VacancyController(VacancyService service, VacancyChecks checks) {
        this.service = service;
        this.checks = checks;
    }

    @Operation(summary = "Publier une offre (un compte employeur publie pour son propre employeur)")
    @Post
    public HttpResponse<VacancyResponse> create(@Body @Valid VacancyRequest request, Authentication authentication) {
        String employerId = employerOf(request, CurrentUser.of(authentication));
        checks.check(employerId, request);
        Vacancy created = service.create(VacancyMapper.toEntity(employerId, request));
        return HttpResponse.created(VacancyResponse.of(created), URI.create("/api/v1/vacancies/" + created.id()));
    }

    @Operation(summary = "Lire une offre")
    @Get("/{id}")
    public VacancyResponse get(@PathVariable String id, Authentication authentication) {
        Vacancy vacancy = service.get(id);
        AccessPolicy.hideFromOtherEmployer(CurrentUser.of(authentication), vacancy.employerId(), RESOURCE, id);
        return VacancyResponse.of(vacancy);
    }

    @Operation(summary = "Modifier une offre (version obligatoire : verrouillage optimiste)")
    @Put("/{id}")
    public VacancyResponse update(@PathVariable String id, @Body @Valid VacancyRequest request,
                                  Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        Vacancy current = service.get(id);
        AccessPolicy.hideFromOtherEmployer(user, current.employerId(), RESOURCE, id);
        if (request.version() == null) {
            throw new InvalidDataException("version", "obligatoire pour une modification (version lue)");
        }
        String employerId = request.employerId() == null ? current.employerId() : request.employerId();
        user.requireEmployerAccess(employerId);
        checks.check(employerId, request);
        return VacancyResponse.of(service.update(id, request.version(), VacancyMapper.toEntity(employerId, request)));
    }

    @Operation(summary = "Supprimer une offre")
    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    public void delete(@PathVariable String id, Authentication authentication) {
        AccessPolicy.hideFromOtherEmployer(CurrentUser.of(authentication), service.get(id).employerId(), RESOURCE, id);
        service.delete(id);
    }

    @Operation(summary = "Lister les offres (filtres : employeur, code ROME, statut ; un compte employeur ne voit que les siennes)")
    @Get
    public PageResponse<VacancyResponse> list(
            @QueryValue @Nullable String employer,
            @QueryValue @Nullable String occupation,
            @QueryValue @Nullable @Pattern(regexp = "OPEN|FILLED|CLOSED", message = "OPEN, FILLED ou CLOSED") String status,
            @QueryValue @Nullable @Size(max = 100, message = "100 caractères au plus") String q,
            @QueryValue @Nullable @Pattern(regexp = "\\d{5}", message = "un code INSEE de commune à 5 chiffres") String commune,
            @QueryValue @Nullable String unit,
            @QueryValue(defaultValue = "recent") @Pattern(regexp = "recent|start|title",
                    message = "recent, start ou title") String sort,
            @QueryValue(defaultValue = "0") @Min(value = 0, message = Paging.PAGE_MESSAGE) int page,
            @QueryValue(defaultValue = "20") @Min(value = 1, message = Paging.SIZE_MESSAGE)
            @Max(value = Paging.MAX_SIZE, message = Paging.SIZE_MESSAGE) int size,
            Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        String employerFilter = employer;
        if (user.isEmployer()) {
            if (employer != null) {
                user.requireEmployerAccess(employer);
            }
            employerFilter = user.employerId();
        }
        String text = q == null || q.isBlank() ? null : q.strip();
        String unitFilter = unit == null || unit.isBlank() ? null : unit.strip();
        checks.listUnit(unitFilter);
        return PageResponse.of(service.list(new VacancySearch(text, employerFilter, occupation, status, commune,
                unitFilter, sort),
                Paging.of(page, size)), VacancyResponse::of);
    }

    private static String employerOf(VacancyRequest request, CurrentUser user) {
        if (request.employerId() == null) {
            if (user.isEmployer()) {
                return user.employerId();
            }
            throw new InvalidDataException("employerId", "obligatoire : l'employeur qui recrute");
        }
        user.requireEmployerAccess(request.employerId());
        return request.employerId();
    }
}
