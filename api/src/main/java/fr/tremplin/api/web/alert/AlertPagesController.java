package fr.tremplin.api.web.alert;

import fr.tremplin.api.alert.AlertScope;
import fr.tremplin.api.security.CurrentUser;
import fr.tremplin.api.web.WebPaths;
import fr.tremplin.api.web.layout.Pager;
import fr.tremplin.api.web.referential.Labels;
import fr.tremplin.core.alert.AlertKind;
import fr.tremplin.data.alert.Alert;
import fr.tremplin.data.alert.AlertService;
import fr.tremplin.data.common.DepartementTime;
import fr.tremplin.data.common.InvalidDataException;
import fr.tremplin.data.seeker.SeekerName;
import fr.tremplin.data.seeker.SeekerNames;
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

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Page « Alertes »: the alerts of the caller's unit (an administrator: every unit, or one), by kind, with a link to
 * each person's file and each vacancy; the same list as {@code GET /api/v1/alerts}.
 */
@Controller
@Secured({Role.ADVISER_NAME, Role.UNIT_MANAGER_NAME, Role.ADMIN_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
public class AlertPagesController {
    public static final String ALERTS = WebPaths.ALERTS;
    private static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(DepartementTime.ZONE);

    private final AlertService alerts;
    private final AlertScope scope;
    private final SeekerNames names;
    private final Labels labels;

    public AlertPagesController(AlertService alerts, AlertScope scope, SeekerNames names, Labels labels) {
        this.alerts = alerts;
        this.scope = scope;
        this.names = names;
        this.labels = labels;
    }

    @Get(ALERTS)
    @Produces(WebPaths.HTML)
    public ModelAndView<Map<String, Object>> list(@QueryValue @Nullable String type, @QueryValue @Nullable String unite,
                                                  @QueryValue(defaultValue = "0") int page, Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        boolean admin = user.role() == Role.ADMIN;
        String unit;
        try {
            unit = scope.unit(user, admin ? unite : null);
        } catch (InvalidDataException e) {
            unit = null;
        }
        AlertKind kind = null;
        for (AlertKind k : AlertKind.values()) {
            if (k.name().equals(type)) {
                kind = k;
            }
        }
        List<Alert> all = alerts.of(unit, Set.of());
        Map<AlertKind, Integer> counts = new EnumMap<>(AlertKind.class);
        all.forEach(a -> counts.merge(a.kind(), 1, Integer::sum));
        AlertKind shown = kind;
        List<Alert> selected = shown == null ? all : all.stream().filter(a -> a.kind() == shown).toList();
        int pages = Math.max(1, (selected.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 0), pages - 1);
        List<Alert> slice = selected.subList(current * PAGE_SIZE, Math.min(selected.size(), (current + 1) * PAGE_SIZE));

        List<String> ids = slice.stream().map(Alert::jobSeekerId).filter(java.util.Objects::nonNull).distinct().toList();
        Map<String, String> personNames = new HashMap<>();
        if (!ids.isEmpty()) {
            for (SeekerName n : names.findNames(ids)) {
                personNames.put(n.id(), n.firstName() + " " + n.lastName());
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Alert a : slice) {
            Map<String, Object> row = new HashMap<>();
            row.put("kind", a.kind().label());
            row.put("since", DAY.format(a.since()));
            row.put("detail", a.detail());
            row.put("unit", a.unit());
            row.put("person", a.jobSeekerId() == null ? null : personNames.getOrDefault(a.jobSeekerId(), "Personne"));
            row.put("personHref", a.jobSeekerId() == null ? null : WebPaths.SEEKERS + "/" + a.jobSeekerId());
            row.put("vacancyHref", a.vacancyId() == null ? null : WebPaths.VACANCIES + "/" + a.vacancyId());
            rows.add(row);
        }
        List<Map<String, Object>> tabs = new ArrayList<>();
        tabs.add(tab("Toutes", "", all.size(), shown == null, unit, admin));
        for (AlertKind k : AlertKind.values()) {
            tabs.add(tab(k.label(), k.name(), counts.getOrDefault(k, 0), shown == k, unit, admin));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("rows", rows);
        model.put("tabs", tabs);
        model.put("total", selected.size());
        model.put("admin", admin);
        model.put("units", labels.units());
        model.put("unite", unit == null ? "" : unit);
        model.put("unitName", unit == null ? "Tout le département" : labels.unitName(unit));
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("type", shown == null ? "" : shown.name());
        filters.put("unite", admin && unit != null ? unit : "");
        model.put("pager", Pager.of(selected.size(), current, pages, ALERTS, filters, ""));
        return new ModelAndView<>("alerts/list", model);
    }

    private static Map<String, Object> tab(String label, String type, int count, boolean current, String unit,
                                           boolean admin) {
        String href = ALERTS + "?type=" + type + (admin && unit != null ? "&unite=" + unit : "");
        return Map.of("label", label + " (" + count + ")", "href", href, "current", current);
    }
}
