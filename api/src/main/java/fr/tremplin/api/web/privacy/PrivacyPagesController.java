package fr.tremplin.api.web.privacy;

import fr.tremplin.api.access.AccessPolicy;
import fr.tremplin.api.audit.AuditController;
import fr.tremplin.api.audit.RetentionController;
import fr.tremplin.api.common.Paging;
import fr.tremplin.api.report.AuditCsv;
import fr.tremplin.api.security.CurrentUser;
import fr.tremplin.api.web.WebPaths;
import fr.tremplin.api.web.layout.Pager;
import fr.tremplin.data.audit.AuditLog;
import fr.tremplin.data.audit.AuditQuery;
import fr.tremplin.data.audit.AuditRow;
import fr.tremplin.data.common.DepartementTime;
import fr.tremplin.data.privacy.Retention;
import fr.tremplin.data.user.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The data protection pages of unit managers (their unit) and administrators: the audit log of people's files
 * (who opened, changed, shared or erased whose file) and the people whose file will soon be anonymised.
 */
@Controller
@Secured({Role.UNIT_MANAGER_NAME, Role.ADMIN_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
public class PrivacyPagesController {
    public static final String AUDIT = WebPaths.MANAGER_HOME + "/journal";
    public static final String RETENTION = WebPaths.MANAGER_HOME + "/conservation";
    private static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(DepartementTime.ZONE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final AuditLog audit;
    private final AuditController auditApi;
    private final Retention retention;
    private final AccessPolicy access;

    public PrivacyPagesController(AuditLog audit, AuditController auditApi, Retention retention, AccessPolicy access) {
        this.audit = audit;
        this.auditApi = auditApi;
        this.retention = retention;
        this.access = access;
    }

    @Get(AUDIT)
    @Produces(WebPaths.HTML)
    public ModelAndView<Map<String, Object>> audit(@QueryValue @Nullable String personne, @QueryValue @Nullable String auteur,
                                                   @QueryValue(defaultValue = "0") int page,
                                                   Authentication authentication) {
        AuditQuery query = auditApi.query(CurrentUser.of(authentication), personne, auteur, null, null, null);
        Page<AuditRow> found = audit.search(query, Paging.of(Math.max(page, 0), PAGE_SIZE));
        Map<String, Object> model = new HashMap<>();
        model.put("personne", personne == null ? "" : personne);
        model.put("auteur", auteur == null ? "" : auteur);
        model.put("rows", found.getContent().stream().map(PrivacyPagesController::line).toList());
        model.put("total", found.getTotalSize());
        model.put("pager", Pager.of(found, AUDIT, Map.of("personne", model.get("personne"), "auteur", model.get("auteur"))));
        model.put("csv", "/api/v1/audit?format=csv" + (personne == null || personne.isBlank() ? "" : "&jobSeeker=" + personne));
        return new ModelAndView<>("privacy/audit", model);
    }

    @Get(RETENTION)
    @Produces(WebPaths.HTML)
    public ModelAndView<Map<String, Object>> retention(Authentication authentication) {
        String unit = access.reportUnit(CurrentUser.of(authentication), null);
        Map<String, Object> model = new HashMap<>();
        model.put("rows", retention.dueSoon(unit, RetentionController.LIMIT).stream().map(d -> Map.of(
                "id", d.jobSeekerId(), "ref", d.externalRef(), "unit", d.unit(), "status", d.status(),
                "last", AT.format(d.lastActivity()), "due", DAY.format(d.dueOn()))).toList());
        return new ModelAndView<>("privacy/retention", model);
    }

    private static List<String> line(AuditRow r) {
        return List.of(AT.format(r.at()), r.actor(), AuditCsv.roleLabel(r.role()), r.action().label(),
                r.jobSeekerId() == null ? "—" : r.jobSeekerId(), r.unit() == null ? "—" : r.unit(),
                r.detail() == null ? "" : r.detail());
    }
}
