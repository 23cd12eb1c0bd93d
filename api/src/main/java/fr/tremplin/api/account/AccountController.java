package fr.tremplin.api.account;

import fr.tremplin.api.access.AccessPolicy;
import fr.tremplin.api.common.PageResponse;
import fr.tremplin.api.common.Paging;
import fr.tremplin.api.common.QueryFlags;
import fr.tremplin.api.security.CurrentUser;
import fr.tremplin.data.user.AccountSearch;
import fr.tremplin.data.user.AccountService;
import fr.tremplin.data.user.AppUser;
import fr.tremplin.data.user.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
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
import jakarta.validation.constraints.Pattern;

import java.net.URI;

/**
 * Accounts for administrators: search, create (an invitation with a one-time link is mailed), change, deactivate
 * (its sessions end at once). Every change is in the audit.
 */
@Controller("/api/v1/accounts")
@Secured(Role.ADMIN_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
@Validated
@Tag(name = "Comptes")
public class AccountController {
    static final String SORT = "(username|displayName|email|role|employmentUnit|createdAt|updatedAt)(,(asc|desc))?";
    static final String SORT_MESSAGE = "clé de tri parmi username, displayName, email, role, employmentUnit, createdAt,"
            + " updatedAt, suivie au besoin de ,asc ou ,desc (par exemple createdAt,desc)";

    private final AccountService accounts;

    public AccountController(AccountService accounts) {
        this.accounts = accounts;
    }

    @Operation(summary = "Chercher des comptes (identifiant, nom ou adresse), par page, triés")
    @Get
    public PageResponse<AccountResponse> list(
            @QueryValue @Nullable String q,
            @QueryValue @Nullable @Pattern(regexp = "ADVISER|UNIT_MANAGER|EMPLOYER|ADMIN",
                    message = "ADVISER, UNIT_MANAGER, EMPLOYER ou ADMIN") String role,
            @QueryValue @Nullable String active,
            @QueryValue(defaultValue = "username") @Pattern(regexp = SORT, message = SORT_MESSAGE) String sort,
            @QueryValue(defaultValue = "0") @Min(value = 0, message = Paging.PAGE_MESSAGE) int page,
            @QueryValue(defaultValue = "20") @Min(value = 1, message = Paging.SIZE_MESSAGE)
            @Max(value = Paging.MAX_SIZE, message = Paging.SIZE_MESSAGE) int size) {
        return PageResponse.of(accounts.search(search(q, role, QueryFlags.optional("active", active), sort), Paging.of(page, size)),
                AccountResponse::of);
    }

    @Operation(summary = "Créer un compte : une invitation avec un lien à usage unique (24 h) part par courriel")
    @Post
    public HttpResponse<AccountResponse> create(@Body AccountRequest request, Authentication authentication) {
        AppUser created = accounts.create(request.command(), AccessPolicy.auditor(CurrentUser.of(authentication)));
        return HttpResponse.created(AccountResponse.of(created), URI.create("/api/v1/accounts/" + created.id()));
    }

    @Operation(summary = "Lire un compte")
    @Get("/{id}")
    public AccountResponse get(@PathVariable String id) {
        return AccountResponse.of(accounts.get(id));
    }

    @Operation(summary = "Modifier un compte (active=false le désactive, true le réactive)")
    @Put("/{id}")
    public AccountResponse update(@PathVariable String id, @Body AccountRequest request, Authentication authentication) {
        return AccountResponse.of(accounts.update(id, request.command(), request.version(),
                AccessPolicy.auditor(CurrentUser.of(authentication))));
    }

    @Operation(summary = "Désactiver un compte : il ne peut plus se connecter, ses sessions et ses liens prennent fin")
    @Post("/{id}/deactivate")
    public AccountResponse deactivate(@PathVariable String id, Authentication authentication) {
        return AccountResponse.of(accounts.deactivate(id, AccessPolicy.auditor(CurrentUser.of(authentication))));
    }

    static AccountSearch search(@Nullable String q, @Nullable String role, @Nullable Boolean active, String sort) {
        String[] parts = sort.split(",");
        return new AccountSearch(q, role == null || role.isBlank() ? null : Role.valueOf(role), active, parts[0],
                parts.length > 1 && parts[1].equals("desc"));
    }
}
