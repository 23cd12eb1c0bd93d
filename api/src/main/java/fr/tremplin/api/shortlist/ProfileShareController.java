package fr.tremplin.api.shortlist;

import fr.tremplin.api.common.PageResponse;
import fr.tremplin.api.common.Paging;
import fr.tremplin.api.access.AccessPolicy;
import fr.tremplin.api.security.CurrentUser;
import fr.tremplin.data.audit.AuditAction;
import fr.tremplin.data.shortlist.ProfileShares;
import fr.tremplin.data.user.Role;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.validation.Validated;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/**
 * The register of a person's data shared with employers (what, when, with whom, on which basis): part of the
 * person's file, so read by their unit only (ADMIN: all) and recorded in the audit as a reading.
 */
@Controller("/api/v1/profile-shares")
@Secured({Role.ADVISER_NAME, Role.UNIT_MANAGER_NAME, Role.ADMIN_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
@Validated
@Tag(name = "Listes de candidats")
public class ProfileShareController {
    private final ProfileShares shares;
    private final AccessPolicy access;

    public ProfileShareController(ProfileShares shares, AccessPolicy access) {
        this.shares = shares;
        this.access = access;
    }

    @Operation(summary = "Les partages du profil d'une personne avec des employeurs, du plus récent au plus ancien")
    @Get
    public PageResponse<ProfileShareResponse> list(
            @QueryValue @NotBlank(message = "obligatoire : la personne") String jobSeeker,
            @QueryValue(defaultValue = "0") @Min(value = 0, message = Paging.PAGE_MESSAGE) int page,
            @QueryValue(defaultValue = "20") @Min(value = 1, message = Paging.SIZE_MESSAGE)
            @Max(value = Paging.MAX_SIZE, message = Paging.SIZE_MESSAGE) int size,
            Authentication authentication) {
        access.open(CurrentUser.of(authentication), jobSeeker, AuditAction.READ);
        return PageResponse.of(shares.ofSeeker(jobSeeker, Paging.of(page, size)), ProfileShareResponse::of);
    }
}
