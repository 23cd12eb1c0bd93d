package fr.tremplin.api.web.admin;

import fr.tremplin.api.index.IndexStatusDto;
import fr.tremplin.api.web.WebPaths;
import fr.tremplin.data.user.Role;
import fr.tremplin.indexer.IndexService;
import fr.tremplin.indexer.rebuild.RebuildPhase;
import fr.tremplin.indexer.rebuild.ProgressListener;
import fr.tremplin.indexer.rebuild.RebuildAlreadyRunningException;
import fr.tremplin.indexer.verify.VerifyReport;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * The search indexes for administrators: their state, a background rebuild (progress polled every second by htmx,
 * or by reloading the page without JavaScript) and the consistency check, through the same {@link IndexService}
 * as {@code /api/v1/admin/index}.
 */
@Controller(WebPaths.ADMIN_INDEX)
@Secured(Role.ADMIN_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
public class IndexPagesController {
    static final Map<String, String> STATES = Map.of("CLOSED", "Fermé", "NO_INDEX", "Absent",
            "BUILDING", "En construction", "READY", "Opérationnel");
    static final Map<String, String> KINDS = Map.of("SEEKERS", "Personnes", "VACANCIES", "Offres");

    private final IndexService index;

    public IndexPagesController(IndexService index) {
        this.index = index;
    }

    @Get
    @Produces(WebPaths.HTML)
    public ModelAndView<Map<String, Object>> page(@QueryValue @Nullable String reconstruction) {
        Map<String, Object> model = status();
        model.put("started", reconstruction != null && reconstruction.equals("1"));
        model.put("alreadyRunning", "deja".equals(reconstruction));
        model.put("verify", null);
        return new ModelAndView<>("admin/index", model);
    }

    /** The status panel alone: what htmx polls while a rebuild runs. */
    @Get("/etat")
    @Produces(WebPaths.HTML)
    public ModelAndView<Map<String, Object>> panel() {
        return new ModelAndView<>("admin/index-status", status());
    }

    @Post(value = "/reconstruire", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> rebuild(@Body @Nullable String body) {
        try {
            index.startRebuild(ProgressListener.NONE);
        } catch (RebuildAlreadyRunningException e) {
            return HttpResponse.seeOther(URI.create(WebPaths.ADMIN_INDEX + "?reconstruction=deja"));
        }
        return HttpResponse.seeOther(URI.create(WebPaths.ADMIN_INDEX + "?reconstruction=1"));
    }

    @Post(value = "/verifier", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(WebPaths.HTML)
    public ModelAndView<Map<String, Object>> verify(@Body @Nullable String body) {
        VerifyReport report = index.verify();
        Map<String, Object> model = status();
        model.put("started", false);
        model.put("alreadyRunning", false);
        model.put("verify", new VerifyView(report.consistent(), report.frenchSummary()));
        return new ModelAndView<>("admin/index", model);
    }

    /** The result of a consistency check as the page shows it. */
    public record VerifyView(boolean consistent, String summary) {
    }

    private Map<String, Object> status() {
        IndexStatusDto status = IndexStatusDto.of(index.status());
        Map<String, Object> model = new HashMap<>();
        model.put("status", status);
        model.put("stateLabel", STATES.getOrDefault(status.state(), status.state()));
        model.put("phaseLabel", status.rebuild() == null ? null
                : RebuildPhase.valueOf(status.rebuild().phase()).label());
        model.put("kinds", KINDS);
        return model;
    }
}
