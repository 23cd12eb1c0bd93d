package fr.tremplin.api.web.report;

import fr.tremplin.api.report.ReportScope;
import fr.tremplin.api.security.CurrentUser;
import fr.tremplin.api.web.WebPaths;
import fr.tremplin.api.web.form.Choices;
import fr.tremplin.api.web.form.Dates;
import fr.tremplin.api.web.form.FieldErrors;
import fr.tremplin.api.web.referential.Labels;
import fr.tremplin.data.common.ForbiddenException;
import fr.tremplin.data.common.InvalidDataException;
import fr.tremplin.data.report.ActivityReport;
import fr.tremplin.data.report.ActivityReportService;
import fr.tremplin.data.report.InsertionReport;
import fr.tremplin.data.report.InsertionReportService;
import fr.tremplin.data.report.ReportPeriod;
import fr.tremplin.data.report.UnitActivity;
import fr.tremplin.data.user.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboards of unit managers (their own unit) and administrators (a unit or the whole département), from the
 * same services as {@code /api/v1/reports}: the activity of a period as a table and bar charts, the CSV export
 * (the API's, same figures), and the insertion-clause progress per public contract.
 */
@Controller
@Secured({Role.UNIT_MANAGER_NAME, Role.ADMIN_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
public class ReportPagesController {
    private static final Map<String, String> SHORT_CONTRACTS = Map.of("CDI", "CDI", "CDD", "CDD",
            "INTERIM", "Intérim", "APPRENTICESHIP", "Apprentissage", "PROFESSIONALISATION", "Professionnalisation",
            "PEC", "PEC", "IAE", "IAE");

    private final ActivityReportService activity;
    private final InsertionReportService insertion;
    private final ReportScope scope;
    private final Labels labels;
    private final Clock clock;

    public ReportPagesController(ActivityReportService activity, InsertionReportService insertion, ReportScope scope,
                                 Labels labels, Clock clock) {
        this.activity = activity;
        this.insertion = insertion;
        this.scope = scope;
        this.labels = labels;
        this.clock = clock;
    }

    @Get(WebPaths.REPORTS)
    @Produces(WebPaths.HTML)
    public HttpResponse<?> activity(@QueryValue @Nullable String unite, @QueryValue @Nullable String du,
                                    @QueryValue @Nullable String au, Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        LocalDate today = LocalDate.now(clock);
        FieldErrors errors = FieldErrors.none();
        LocalDate to = date(au, "au", errors, today);
        LocalDate from = date(du, "du", errors, to.withDayOfYear(1));
        Map<String, Object> model = new HashMap<>();
        model.put("du", du == null ? Dates.format(from) : du);
        model.put("au", au == null ? Dates.format(to) : au);
        model.put("admin", user.role() == Role.ADMIN);
        model.put("units", labels.units());
        model.put("unite", unite == null ? "" : unite);
        model.put("errors", errors);
        model.put("fieldLabels", Map.of("du", "Du", "au", "Au", "unit", "Unité"));
        model.put("report", null);
        String unit = null;
        try {
            unit = scope.unit(user, user.role() != Role.ADMIN || unite == null || unite.isBlank() ? null : unite);
        } catch (InvalidDataException e) {
            errors.add("unite", "unité emploi inconnue");
        }
        model.put("unitName", unit == null ? "Tout le département" : labels.unitName(unit));
        if (errors.isEmpty()) {
            try {
                ActivityReport report = activity.activity(new ReportPeriod(from, to), unit);
                List<UnitActivity> columns = new ArrayList<>(report.units());
                if (report.departement() != null) {
                    columns.add(report.departement());
                }
                UnitActivity focus = report.departement() != null ? report.departement()
                        : report.units().isEmpty() ? null : report.units().getFirst();
                model.put("report", report);
                model.put("columns", columns);
                model.put("indicators", fr.tremplin.api.report.ActivityIndicators.ALL);
                model.put("contractTypes", java.util.Arrays.stream(fr.tremplin.core.vacancy.ContractType.values())
                        .map(t -> new fr.tremplin.api.web.form.Option(t.name(),
                                fr.tremplin.api.report.ActivityIndicators.hiresOf(t.name()))).toList());
                model.put("hiresChart", focus == null ? List.of() : BarChart.of(hires(focus)));
                model.put("funnelChart", focus == null ? List.of() : BarChart.of(funnel(focus)));
                model.put("csv", "/api/v1/reports/activity?format=csv&from=" + from + "&to=" + to
                        + (unit == null ? "" : "&unit=" + URLEncoder.encode(unit, StandardCharsets.UTF_8)));
            } catch (InvalidDataException e) {
                e.errors().forEach(f -> errors.add(f.field().equals("to") ? "au" : "du", f.message()
                        .replace("from", "la date de début").replace("doit être postérieure", "la date de fin doit être postérieure")));
            }
        }
        HttpStatus status = errors.isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY;
        return HttpResponse.status(status).body(new ModelAndView<>("reports/activity", model));
    }

    @Get(WebPaths.CLAUSES)
    @Produces(WebPaths.HTML)
    public ModelAndView<Map<String, Object>> clauses(@QueryValue @Nullable Integer annee, @QueryValue @Nullable String unite,
                                                     @QueryValue @Nullable String marche,
                                                     Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        int thisYear = LocalDate.now(clock).getYear();
        int year = annee == null || annee < 2000 || annee > 2100 ? thisYear : annee;
        String unit = scope.unit(user, user.role() != Role.ADMIN || unite == null || unite.isBlank() || !labels.units().stream()
                .anyMatch(u -> u.code().equals(unite)) ? null : unite);
        InsertionReport report = insertion.year(year, unit);
        Map<String, Object> model = new HashMap<>();
        model.put("report", report);
        model.put("contractSaved", marche != null);
        model.put("annee", year);
        model.put("years", java.util.stream.IntStream.rangeClosed(thisYear - 5, thisYear + 1).boxed()
                .sorted(java.util.Comparator.reverseOrder()).toList());
        model.put("admin", user.role() == Role.ADMIN);
        model.put("units", labels.units());
        model.put("unite", unit == null ? "" : unit);
        model.put("unitName", unit == null ? "Tout le département" : labels.unitName(unit));
        model.put("publics", Choices.PUBLICS);
        model.put("csv", "/api/v1/reports/insertion-hours?format=csv&year=" + year
                + (unit == null ? "" : "&unit=" + URLEncoder.encode(unit, StandardCharsets.UTF_8)));
        return new ModelAndView<>("reports/clauses", model);
    }

    private static LocalDate date(@Nullable String text, String field, FieldErrors errors, LocalDate fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Dates.parse(text).orElse(fallback);
        } catch (DateTimeException e) {
            errors.add(field, "date invalide : écrivez-la JJ/MM/AAAA");
            return fallback;
        }
    }

    private static List<BarChart.Bar> hires(UnitActivity a) {
        List<BarChart.Bar> bars = new ArrayList<>();
        a.hiresByContractType().forEach((type, count) ->
                bars.add(new BarChart.Bar(SHORT_CONTRACTS.getOrDefault(type, type), count)));
        return bars;
    }

    private static List<BarChart.Bar> funnel(UnitActivity a) {
        return List.of(new BarChart.Bar("Personnes proposées", a.candidatesProposed()),
                new BarChart.Bar("Réponses des employeurs", a.employerAnswers()),
                new BarChart.Bar("Entretiens", a.interviews()),
                new BarChart.Bar(fr.tremplin.api.report.ActivityIndicators.HIRES, a.hires()));
    }
}
