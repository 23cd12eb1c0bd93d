package fr.tremplin.api.insertion;

import fr.tremplin.api.common.PageResponse;
import fr.tremplin.api.common.Paging;
import fr.tremplin.api.security.CurrentUser;
import fr.tremplin.data.common.NotFoundException;
import fr.tremplin.data.insertion.NewPublicContract;
import fr.tremplin.data.insertion.PublicContract;
import fr.tremplin.data.insertion.PublicContractService;
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

/** Public contracts with an insertion clause. A public buyer's user sees its own contracts. */
@Controller("/api/v1/public-contracts")
@Secured({Role.ADVISER_NAME, Role.UNIT_MANAGER_NAME, Role.ADMIN_NAME, Role.EMPLOYER_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
@Validated
@Tag(name = "Clauses d'insertion")
public class PublicContractController {
    private final PublicContractService service;

    public PublicContractController(PublicContractService service) {
        this.service = service;
    }

    @Operation(summary = "Enregistrer un marché public avec clause d'insertion")
    @Post
    @Secured({Role.ADVISER_NAME, Role.UNIT_MANAGER_NAME, Role.ADMIN_NAME})
    public HttpResponse<PublicContractResponse> create(@Body @Valid PublicContractRequest r, Authentication authentication) {
        PublicContract created = service.create(new NewPublicContract(r.ref(), r.buyerId(), r.title(), r.hoursTarget(),
                r.startDate(), r.endDate()), authentication.getName());
        return HttpResponse.created(PublicContractResponse.of(created, java.math.BigDecimal.ZERO),
                URI.create("/api/v1/public-contracts/" + created.id()));
    }

    @Operation(summary = "Lister les marchés (filtres : acheteur, référence ou objet)")
    @Get
    public PageResponse<PublicContractResponse> list(
            @QueryValue @Nullable String buyer,
            @QueryValue @Nullable String q,
            @QueryValue(defaultValue = "0") @Min(value = 0, message = Paging.PAGE_MESSAGE) int page,
            @QueryValue(defaultValue = "20") @Min(value = 1, message = Paging.SIZE_MESSAGE)
            @Max(value = Paging.MAX_SIZE, message = Paging.SIZE_MESSAGE) int size,
            Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        if (user.isEmployer() && buyer != null && !buyer.equals(user.employerId())) {
            return new PageResponse<>(List.of(), 0, page, size);
        }
        return PageResponse.of(service.list(user.isEmployer() ? user.employerId() : buyer, q, Paging.of(page, size)),
                c -> PublicContractResponse.of(c, null));
    }

    @Operation(summary = "Lire un marché, avec les heures réalisées et l'avancement")
    @Get("/{id}")
    public PublicContractResponse get(@PathVariable String id, Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        PublicContract contract = service.get(id);
        if (user.isEmployer() && !contract.buyerId().equals(user.employerId())) {
            throw new NotFoundException(PublicContractService.RESOURCE, id);
        }
        return PublicContractResponse.of(contract, service.delivered(id));
    }
}
