package fr.tremplin.api.web.report;

import fr.tremplin.api.report.ReportScope;
import fr.tremplin.api.security.CurrentUser;
import fr.tremplin.api.training.TrainingLabels;
import fr.tremplin.api.training.TrainingService;
import fr.tremplin.api.web.WebPaths;
import fr.tremplin.api.web.referential.Labels;
import fr.tremplin.data.common.DepartementTime;
import fr.tremplin.data.user.Role;
import fr.tremplin.indexer.IndexNotReadyException;
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

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * « Compétences manquantes » for unit managers: what most of the unit's people lack for the vacancies open now
 * (training purchase planning), the same figures as {@code GET /api/v1/reports/missing-skills}, with its CSV.
 */
@Controller
@Secured({Role.UNIT_MANAGER_NAME, Role.ADMIN_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
public class MissingSkillsPagesController {
    private static final java.time.format.DateTimeFormatter COMPUTED = java.time.format.DateTimeFormatter
            .ofPattern("dd/MM/yyyy 'à' HH'h'mm").withZone(DepartementTime.ZONE);
    static final String PATH = "/pilotage/competences-manquantes";
    /** Lines shown on the page; the CSV has them all. */
    static final int SHOWN = 50;

    private final TrainingService trainings;
    private final ReportScope scope;
    private final Labels labels;

    public MissingSkillsPagesController(TrainingService trainings, ReportScope scope, Labels labels) {
        this.trainings = trainings;
        this.scope = scope;
        this.labels = labels;
    }

    @Get(PATH)
    @Produces(WebPaths.HTML)
    public ModelAndView<Map<String, Object>> page(@QueryValue @Nullable String unite, Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        boolean admin = user.role() == Role.ADMIN;
        String requested = admin && unite != null && !unite.isBlank()
                && labels.units().stream().anyMatch(u -> u.code().equals(unite)) ? unite : null;
        String unit = scope.unit(user, requested);
        Map<String, Object> model = new HashMap<>();
        model.put("admin", admin);
        model.put("units", labels.units());
        model.put("unite", unit == null ? "" : unit);
        model.put("unitName", unit == null ? "" : labels.unitName(unit));
        model.put("notice", null);
        model.put("report", null);
        model.put("rows", List.of());
        if (unit != null) {
            try {
                var report = trainings.forUnit(unit);
                model.put("report", report);
                model.put("rows", report.lines().stream().limit(SHOWN)
                        .map(l -> new Row(TrainingLabels.kind(l.kind()), l.label(), l.people(), l.vacancyMatches()))
                        .toList());
                model.put("csv", "/api/v1/reports/missing-skills?format=csv&unit=" + unit);
                model.put("computedAt", COMPUTED.format(report.computedAt()));
            } catch (IndexNotReadyException e) {
                model.put("notice", "L'index de recherche est en cours de construction : rechargez la page dans "
                        + "quelques secondes.");
            }
        }
        return new ModelAndView<>("reports/missing-skills", model);
    }

    public record Row(String kind, String label, int people, int vacancyMatches) {}
}
