package fr.tremplin.api.alert;

import fr.tremplin.api.security.CurrentUser;
import fr.tremplin.data.alert.Alert;
import fr.tremplin.data.alert.AlertService;
import fr.tremplin.data.user.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
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

/**
 * The alerts of an adviser's unit: people without a proposal for months, new vacancies that rank them high, employers
 * silent after a reminder, consents to renew. A plain array (the contract); {@code X-Total-Count} gives the number of
 * alerts before paging.
 */
@Controller("/api/v1/alerts")
@Secured({Role.ADVISER_NAME, Role.UNIT_MANAGER_NAME, Role.ADMIN_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
@Validated
@Tag(name = "Alertes")
public class AlertsController {
    public static final String TOTAL_HEADER = "X-Total-Count";

    private final AlertService alerts;
    private final AlertScope scope;

    public AlertsController(AlertService alerts, AlertScope scope) {
        this.alerts = alerts;
        this.scope = scope;
    }

    @Operation(summary = "Alertes de son unité (administrateur : toutes, ou ?unit=) : personnes sans proposition depuis 3 mois (la plus longue attente d'abord), nouvelles offres qui les classent dans les 5 premiers, employeurs sans réponse après la relance, consentements à renouveler ; filtre ?kind=, pages ?page=&size=, total dans X-Total-Count")
    @Get
    public HttpResponse<List<Alert>> list(@QueryValue @Nullable String unit, @QueryValue @Nullable String kind,
                                          @QueryValue(defaultValue = "0") @Min(value = 0, message = "page négative") int page,
                                          @QueryValue(defaultValue = "100") @Min(value = 1, message = "au moins 1")
                                          @Max(value = 500, message = "au plus 500") int size,
                                          Authentication authentication) {
        List<Alert> all = alerts.of(scope.unit(CurrentUser.of(authentication), unit), AlertScope.kinds(kind));
        int from = (int) Math.min(all.size(), (long) page * size);
        List<Alert> slice = all.subList(from, Math.min(all.size(), from + size));
        return HttpResponse.ok(List.copyOf(slice)).header(TOTAL_HEADER, String.valueOf(all.size()));
    }
}
