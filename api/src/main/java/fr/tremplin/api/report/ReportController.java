package fr.tremplin.api.report;

import fr.tremplin.api.security.CurrentUser;
import fr.tremplin.data.report.ActivityReport;
import fr.tremplin.data.report.ActivityReportService;
import fr.tremplin.data.report.InsertionReport;
import fr.tremplin.data.report.InsertionReportService;
import fr.tremplin.data.report.ReportPeriod;
import fr.tremplin.data.user.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Dashboards: a unit manager for its unit, an administrator for each unit and the département. JSON by
 * default; {@code Accept: text/csv} (or {@code ?format=csv}) exports the same figures for a spreadsheet.
 */
@Controller("/api/v1/reports")
@Secured({Role.UNIT_MANAGER_NAME, Role.ADMIN_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
@Validated
@Tag(name = "Tableaux de bord")
public class ReportController {
    static final String CSV_UTF8 = FrenchCsv.MEDIA_TYPE + ";charset=UTF-8";

    private final ActivityReportService activity;
    private final InsertionReportService insertion;
    private final ReportScope scope;
    private final Clock clock;

    public ReportController(ActivityReportService activity, InsertionReportService insertion, ReportScope scope,
                            Clock clock) {
        this.activity = activity;
        this.insertion = insertion;
        this.scope = scope;
        this.clock = clock;
    }

    @Operation(summary = "Activité sur une période (par défaut du 1er janvier à aujourd'hui) : personnes, offres, listes, réponses, entretiens, recrutements, délais, heures d'insertion")
    @Get(value = "/activity", produces = {MediaType.APPLICATION_JSON, FrenchCsv.MEDIA_TYPE})
    public HttpResponse<?> activity(@QueryValue @Nullable String unit, @QueryValue @Nullable LocalDate from,
                                    @QueryValue @Nullable LocalDate to,
                                    @QueryValue @Nullable @Pattern(regexp = "json|csv", message = "json ou csv") String format,
                                    HttpRequest<?> request, Authentication authentication) {
        LocalDate today = LocalDate.now(clock);
        LocalDate end = to == null ? today : to;
        ReportPeriod period = new ReportPeriod(from == null ? end.withDayOfYear(1) : from, end);
        ActivityReport report = activity.activity(period, scope.unit(CurrentUser.of(authentication), unit));
        if (!wantsCsv(request, format)) {
            return HttpResponse.ok(report).contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        return csv(ActivityCsv.of(report), "activite-" + (report.unit() == null ? "departement" : report.unit())
                + "-" + period.from() + "-" + period.to() + ".csv");
    }

    @Operation(summary = "Heures d'insertion d'une année par marché public et par public, part des bénéficiaires du RSA, avancement")
    @Get(value = "/insertion-hours", produces = {MediaType.APPLICATION_JSON, FrenchCsv.MEDIA_TYPE})
    public HttpResponse<?> insertionHours(@QueryValue @Nullable @Min(value = 2000, message = "année invalide")
                                          @Max(value = 2100, message = "année invalide") Integer year,
                                          @QueryValue @Nullable String unit,
                                          @QueryValue @Nullable @Pattern(regexp = "json|csv", message = "json ou csv") String format,
                                          HttpRequest<?> request, Authentication authentication) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        InsertionReport report = insertion.year(y, scope.unit(CurrentUser.of(authentication), unit));
        if (!wantsCsv(request, format)) {
            return HttpResponse.ok(report).contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        return csv(InsertionCsv.of(report), "heures-insertion-" + y + (report.unit() == null ? "" : "-" + report.unit())
                + ".csv");
    }

    /** JSON unless {@code format=csv}, or {@code Accept: text/csv} without JSON (every report of the package). */
    static boolean wantsCsv(HttpRequest<?> request, @Nullable String format) {
        if (format != null) {
            return format.equals("csv");
        }
        return request.getHeaders().accept().stream().anyMatch(m -> m.getName().equalsIgnoreCase(FrenchCsv.MEDIA_TYPE))
                && request.getHeaders().accept().stream().noneMatch(m -> m.getName().equals(MediaType.APPLICATION_JSON));
    }

    static HttpResponse<byte[]> csv(byte[] body, String filename) {
        return HttpResponse.ok(body).contentType(CSV_UTF8)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"");
    }
}
