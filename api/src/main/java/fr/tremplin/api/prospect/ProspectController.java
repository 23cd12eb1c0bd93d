package fr.tremplin.api.prospect;

import fr.tremplin.api.access.AccessPolicy;
import fr.tremplin.api.security.CurrentUser;
import fr.tremplin.data.user.Role;
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

import java.util.List;

/** The hidden market of a person: advisers and managers of the person's unit, administrators. */
@Controller("/api/v1/job-seekers")
@Secured({Role.ADVISER_NAME, Role.UNIT_MANAGER_NAME, Role.ADMIN_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
@Validated
@Tag(name = "Rapprochement")
public class ProspectController {
    private static final String SIZE_MESSAGE = "entre 1 et " + ProspectService.MAX_SIZE;

    private final ProspectService prospects;
    private final AccessPolicy access;

    public ProspectController(ProspectService prospects, AccessPolicy access) {
        this.prospects = prospects;
        this.access = access;
    }

    @Operation(summary = "Entreprises à démarcher pour une personne (marché caché)",
            description = "Entreprises du rayon de la personne dont l'activité (NAF) embauche dans ses métiers visés ou"
                    + " exercés (La Bonne Boîte), sans offre ouverte pour ces métiers, classées par probabilité"
                    + " d'embauche et distance, avec la raison en français et la date du dernier contact de l'unité")
    @Get("/{id}/prospects")
    public List<ProspectItem> prospects(
            @PathVariable String id,
            @QueryValue(defaultValue = "20") @Min(value = 1, message = SIZE_MESSAGE)
            @Max(value = ProspectService.MAX_SIZE, message = SIZE_MESSAGE) int size,
            Authentication authentication) {
        return prospects.of(access.forProspects(CurrentUser.of(authentication), id), size);
    }
}
