package fr.tremplin.api.insertion;

import fr.tremplin.api.common.PageResponse;
import fr.tremplin.api.common.Paging;
import fr.tremplin.api.security.CurrentUser;
import fr.tremplin.data.insertion.HoursEntry;
import fr.tremplin.data.insertion.InsertionHoursService;
import fr.tremplin.data.insertion.RecordedHours;
import fr.tremplin.data.user.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
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
import java.time.YearMonth;

/**
 * The insertion-clause ledger. Advisers, unit managers and administrators record hours for anyone; an
 * employer user for the people it hired only, and sees only those.
 */
@Controller("/api/v1/insertion-hours")
@Secured({Role.ADVISER_NAME, Role.UNIT_MANAGER_NAME, Role.ADMIN_NAME, Role.EMPLOYER_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
@Validated
@Tag(name = "Clauses d'insertion")
public class InsertionHoursController {
    private final InsertionHoursService service;

    public InsertionHoursController(InsertionHoursService service) {
        this.service = service;
    }

    @Operation(summary = "Saisir les heures d'une personne sur un marché pour un mois (201 ; 200 quand le mois est corrigé)")
    @Post
    public HttpResponse<InsertionHoursResponse> record(@Body @Valid InsertionHoursRequest r, Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        RecordedHours recorded = service.record(new HoursEntry(r.contractRef(), r.jobSeekerId(), r.hours(),
                YearMonth.parse(r.month()), user.username(), user.isEmployer() ? user.employerId() : null));
        InsertionHoursResponse body = InsertionHoursResponse.of(recorded.hours());
        return recorded.created()
                ? HttpResponse.created(body, URI.create("/api/v1/insertion-hours?contract=" + recorded.contract().id()))
                : HttpResponse.ok(body);
    }

    @Operation(summary = "Le registre des heures (filtres : marché, personne, unité, année)")
    @Get
    public PageResponse<InsertionHoursResponse> list(
            @QueryValue @Nullable String contract,
            @QueryValue @Nullable String jobSeeker,
            @QueryValue @Nullable String unit,
            @QueryValue @Nullable @Min(value = 2000, message = "année invalide") @Max(value = 2100, message = "année invalide")
            Integer year,
            @QueryValue(defaultValue = "0") @Min(value = 0, message = Paging.PAGE_MESSAGE) int page,
            @QueryValue(defaultValue = "20") @Min(value = 1, message = Paging.SIZE_MESSAGE)
            @Max(value = Paging.MAX_SIZE, message = Paging.SIZE_MESSAGE) int size,
            Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        return PageResponse.of(service.list(contract, jobSeeker, user.isEmployer() ? user.employerId() : null,
                unit, year, Paging.of(page, size)), InsertionHoursResponse::of);
    }
}
