package fr.tremplin.api.web.report;

import fr.tremplin.api.report.ExposureController;
import fr.tremplin.api.security.CurrentUser;
import fr.tremplin.api.web.WebPaths;
import fr.tremplin.api.web.referential.Labels;
import fr.tremplin.data.report.ExposureReport;
import fr.tremplin.data.report.ExposureReportService;
import fr.tremplin.data.user.Role;
import io.micronaut.core.annotation.Nullable;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Page « Exposition équitable » (unit managers: their unit; administrators: a unit or every unit), from the API's report. */
@Controller
@Secured({Role.UNIT_MANAGER_NAME, Role.ADMIN_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
public class ExposurePageController {
    public static final String EXPOSURE = WebPaths.MANAGER_HOME + "/exposition";
    private static final List<Integer> MONTHS = List.of(3, 6, 12, 24);

    private final ExposureController reports;
    private final Labels labels;
    private final Clock clock;

    public ExposurePageController(ExposureController reports, Labels labels, Clock clock) {
        this.reports = reports;
        this.labels = labels;
        this.clock = clock;
    }

    @Get(EXPOSURE)
    @Produces(WebPaths.HTML)
    public ModelAndView<Map<String, Object>> exposure(@QueryValue @Nullable String unite, @QueryValue @Nullable Integer mois,
                                                      Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        boolean admin = user.role() == Role.ADMIN;
        int months = mois != null && MONTHS.contains(mois) ? mois : 12;
        String asked = admin && unite != null && labels.units().stream().anyMatch(u -> u.code().equals(unite)) ? unite : null;
        LocalDate to = ExposureReportService.today(clock);
        ExposureReport report = reports.report(user, asked, to.minusMonths(months).plusDays(1), to);
        List<ExposureReport.UnitExposure> columns = new ArrayList<>(report.units());
        if (report.departement() != null) {
            columns.add(report.departement());
        }
        Map<String, Object> model = new HashMap<>();
        model.put("report", report);
        model.put("columns", columns);
        model.put("admin", admin);
        model.put("units", labels.units());
        model.put("unite", report.unit() == null ? "" : report.unit());
        model.put("unitName", report.unit() == null ? "Tout le département" : labels.unitName(report.unit()));
        model.put("months", MONTHS);
        model.put("mois", months);
        model.put("csv", "/api/v1/reports/exposure?format=csv&from=" + report.from() + "&to=" + report.to()
                + (report.unit() == null ? "" : "&unit=" + URLEncoder.encode(report.unit(), StandardCharsets.UTF_8)));
        return new ModelAndView<>("reports/exposure", model);
    }
}
