package fr.tremplin.api.report;

import fr.tremplin.api.security.CurrentUser;
import fr.tremplin.data.report.ExposureReport;
import fr.tremplin.data.report.ExposureReportService;
import fr.tremplin.data.report.ReportPeriod;
import fr.tremplin.data.user.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
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
import jakarta.validation.constraints.Pattern;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Fair exposure: the share of proposals per public and per band of waiting time against the share of the caseload,
 * per unit. JSON, or CSV for a French spreadsheet ({@code Accept: text/csv} or {@code ?format=csv}).
 */
@Controller("/api/v1/reports")
@Secured({Role.UNIT_MANAGER_NAME, Role.ADMIN_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
@Validated
@Tag(name = "Tableaux de bord")
public class ExposureController {
    private final ExposureReportService exposure;
    private final ReportScope scope;
    private final Clock clock;

    public ExposureController(ExposureReportService exposure, ReportScope scope, Clock clock) {
        this.exposure = exposure;
        this.scope = scope;
        this.clock = clock;
    }

    @Operation(summary = "Exposition équitable sur une période (par défaut les 12 derniers mois) : part des propositions par public (RSA, RQTH, jeunes, seniors, QPV…) et par durée d'attente, rapportée à leur part des personnes suivies, par unité")
    @Get(value = "/exposure", produces = {MediaType.APPLICATION_JSON, FrenchCsv.MEDIA_TYPE})
    public HttpResponse<?> exposure(@QueryValue @Nullable String unit, @QueryValue @Nullable LocalDate from,
                                    @QueryValue @Nullable LocalDate to,
                                    @QueryValue @Nullable @Pattern(regexp = "json|csv", message = "json ou csv") String format,
                                    HttpRequest<?> request, Authentication authentication) {
        ExposureReport report = report(CurrentUser.of(authentication), unit, from, to);
        if (!ReportController.wantsCsv(request, format)) {
            return HttpResponse.ok(report).contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        return ReportController.csv(ExposureCsv.of(report), "exposition-" + (report.unit() == null ? "departement"
                : report.unit()) + "-" + report.from() + "-" + report.to() + ".csv");
    }

    /** The report for this caller (the web page uses it too). */
    public ExposureReport report(CurrentUser user, @Nullable String unit, @Nullable LocalDate from,
                                 @Nullable LocalDate to) {
        LocalDate end = to == null ? ExposureReportService.today(clock) : to;
        ReportPeriod period = new ReportPeriod(from == null ? end.minusMonths(12).plusDays(1) : from, end);
        return exposure.exposure(period, scope.unit(user, unit == null || unit.isBlank() ? null : unit));
    }
}
