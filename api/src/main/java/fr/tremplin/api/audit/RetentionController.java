package fr.tremplin.api.audit;

import fr.tremplin.api.access.AccessPolicy;
import fr.tremplin.api.security.CurrentUser;
import fr.tremplin.data.privacy.Retention;
import fr.tremplin.data.privacy.RetentionDue;
import fr.tremplin.data.user.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

/** The people whose file will be anonymised soon (retention), for their unit's manager and administrators. */
@Controller("/api/v1/retention")
@Secured({Role.UNIT_MANAGER_NAME, Role.ADMIN_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Journal d'accès")
public class RetentionController {
    /** Most people listed. */
    public static final int LIMIT = 500;

    private final Retention retention;
    private final AccessPolicy access;

    public RetentionController(Retention retention, AccessPolicy access) {
        this.retention = retention;
        this.access = access;
    }

    @Operation(summary = "Personnes dont la fiche sera anonymisée dans les 30 jours (sans activité depuis 24 mois), les plus proches d'abord")
    @Get
    public List<RetentionDue> due(@QueryValue @Nullable String unit, Authentication authentication) {
        String scope = access.reportUnit(CurrentUser.of(authentication), unit == null || unit.isBlank() ? null : unit);
        return retention.dueSoon(scope, LIMIT);
    }
}
