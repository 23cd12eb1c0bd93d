package fr.tremplin.api.shortlist;

import fr.tremplin.api.common.PageResponse;
import fr.tremplin.api.common.Paging;
import fr.tremplin.data.common.NotFoundException;
import fr.tremplin.data.placement.Placement;
import fr.tremplin.data.placement.PlacementFilter;
import fr.tremplin.data.placement.PlacementService;
import fr.tremplin.data.shortlist.Actor;
import fr.tremplin.data.user.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.validation.Validated;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.time.Clock;
import java.time.LocalDate;

/** Hires (created by a HIRED answer). An employer user sees only its own. */
@Controller("/api/v1/placements")
@Secured({Role.ADVISER_NAME, Role.UNIT_MANAGER_NAME, Role.ADMIN_NAME, Role.EMPLOYER_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
@Validated
@Tag(name = "Recrutements")
public class PlacementController {
    private final PlacementService service;
    private final Clock clock;

    public PlacementController(PlacementService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @Operation(summary = "Lister les recrutements (filtres : employeur, offre, personne, unité, période d'embauche)")
    @Get
    public PageResponse<PlacementResponse> list(
            @QueryValue @Nullable String employer,
            @QueryValue @Nullable String vacancy,
            @QueryValue @Nullable String jobSeeker,
            @QueryValue @Nullable String unit,
            @QueryValue @Nullable LocalDate from,
            @QueryValue @Nullable LocalDate to,
            @QueryValue(defaultValue = "0") @Min(value = 0, message = Paging.PAGE_MESSAGE) int page,
            @QueryValue(defaultValue = "20") @Min(value = 1, message = Paging.SIZE_MESSAGE)
            @Max(value = Paging.MAX_SIZE, message = Paging.SIZE_MESSAGE) int size,
            Authentication authentication) {
        Actor actor = Actors.of(authentication);
        if (actor.isEmployer() && employer != null && !employer.equals(actor.employerId())) {
            return new PageResponse<>(java.util.List.of(), 0, page, size);
        }
        PlacementFilter filter = new PlacementFilter(actor.isEmployer() ? actor.employerId() : employer, vacancy,
                jobSeeker, unit, from == null ? null : from.atStartOfDay(clock.getZone()).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
        Page<Placement> found = service.list(filter, Paging.of(page, size));
        return PageResponse.of(found, p -> PlacementResponse.of(p, actor.isEmployer()));
    }

    @Operation(summary = "Lire un recrutement")
    @Get("/{id}")
    public PlacementResponse get(@PathVariable String id, Authentication authentication) {
        Actor actor = Actors.of(authentication);
        Placement placement = service.get(id);
        if (actor.isEmployer() && !placement.employerId().equals(actor.employerId())) {
            throw new NotFoundException(PlacementService.RESOURCE, id);
        }
        return PlacementResponse.of(placement, actor.isEmployer());
    }
}
