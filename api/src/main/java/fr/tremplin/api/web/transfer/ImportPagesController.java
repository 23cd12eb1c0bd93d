package fr.tremplin.api.web.transfer;

import fr.tremplin.api.security.CurrentUser;
import fr.tremplin.api.transfer.FileSource;
import fr.tremplin.api.transfer.ImportEngine;
import fr.tremplin.api.transfer.ImportReport;
import fr.tremplin.api.transfer.Transfers;
import fr.tremplin.api.web.WebPaths;
import fr.tremplin.api.web.form.FormData;
import fr.tremplin.data.common.ForbiddenException;
import fr.tremplin.data.user.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The import page (ADMIN; UNIT_MANAGER for the job seekers of their unit): choose the kind, send the file, read the
 * check's report (counts and every error with line, column, value and message), then « Importer » applies the same
 * file, kept on the server meanwhile ({@link KeptUploads}). Export links for the kinds the account may export. Same
 * import as {@code POST /api/v1/imports/{kind}} ({@link Transfers}); no script.
 */
@Controller(WebPaths.IMPORT)
@Secured({Role.UNIT_MANAGER_NAME, Role.ADMIN_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
public class ImportPagesController {
    /** Errors shown in the page's table; the API's report has them all. */
    static final int SHOWN_ERRORS = 500;
    static final Map<String, String> LABELS = Map.of("job-seekers", "Personnes accompagnées",
            "employers", "Employeurs (entreprises)", "vacancies", "Offres");

    private final Transfers transfers;
    private final KeptUploads uploads;

    public ImportPagesController(Transfers transfers, KeptUploads uploads) {
        this.transfers = transfers;
        this.uploads = uploads;
    }

    /** A kind the account may import, as the page offers it. */
    public record KindChoice(String code, String label, boolean selected) {
    }

    @Get
    @Produces(WebPaths.HTML)
    public ModelAndView<Map<String, Object>> page(Authentication authentication) {
        return new ModelAndView<>("imports/page", model(CurrentUser.of(authentication), Transfers.KINDS.get(0)));
    }

    @Post(value = "/verifier", consumes = MediaType.MULTIPART_FORM_DATA)
    @Produces(WebPaths.HTML)
    public HttpResponse<?> check(@Part("type") @Nullable String kind, @Part("fichier") @Nullable CompletedFileUpload file,
                                 Authentication authentication) throws IOException {
        CurrentUser user = CurrentUser.of(authentication);
        String chosen = kind == null || !Transfers.KINDS.contains(kind) ? Transfers.KINDS.get(0) : kind;
        Map<String, Object> model = model(user, chosen);
        if (file == null || file.getSize() == 0 || file.getFilename() == null || file.getFilename().isBlank()) {
            model.put("fileError", "Choisissez un fichier CSV ou .xlsx.");
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>("imports/page", model));
        }
        Transfers.requireAllowed(chosen, user);
        KeptUploads.Kept kept = uploads.keep(file.getInputStream(), user.username(), chosen, file.getFilename());
        ImportReport report = transfers.importFile(chosen, FileSource.of(kept.file()), true, user,
                ImportEngine.Progress.NONE);
        if (report.hasErrors()) {
            uploads.forget(kept);
        } else {
            model.put("ticket", kept.ticket());
        }
        putReport(model, report, kept.name());
        return HttpResponse.ok(new ModelAndView<>("imports/page", model));
    }

    @Post(value = "/importer", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(WebPaths.HTML)
    public HttpResponse<?> apply(@Body @Nullable String body, Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        FormData form = FormData.parse(body == null ? "" : body);
        KeptUploads.Kept kept = uploads.find(form.value("fichier"), user.username());
        if (kept == null) {
            Map<String, Object> model = model(user, Transfers.KINDS.get(0));
            model.put("fileError", "Le fichier vérifié n'est plus disponible (il est gardé " + KeptUploads.MINUTES
                    + " minutes) : envoyez-le de nouveau.");
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>("imports/page", model));
        }
        Map<String, Object> model = model(user, kept.kind());
        ImportReport report;
        try {
            report = transfers.importFile(kept.kind(), FileSource.of(kept.file()), false, user,
                    ImportEngine.Progress.NONE);
        } finally {
            uploads.forget(kept);
        }
        putReport(model, report, kept.name());
        return HttpResponse.status(report.hasErrors() ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.OK)
                .body(new ModelAndView<>("imports/page", model));
    }

    private static void putReport(Map<String, Object> model, ImportReport report, String name) {
        model.put("report", report);
        model.put("fileName", name);
        model.put("shownErrors", report.errors().stream().limit(SHOWN_ERRORS).toList());
        model.put("hiddenErrors", Math.max(0, report.errors().size() - SHOWN_ERRORS));
    }

    private static Map<String, Object> model(CurrentUser user, String selected) {
        List<KindChoice> kinds = new ArrayList<>();
        for (String k : Transfers.KINDS) {
            if (allowed(k, user)) {
                kinds.add(new KindChoice(k, LABELS.get(k), k.equals(selected)));
            }
        }
        Map<String, Object> model = new HashMap<>();
        model.put("kinds", kinds);
        model.put("kindLabel", LABELS.get(selected));
        model.put("manager", user.role() != Role.ADMIN);
        model.put("unit", user.unit());
        model.put("report", null);
        model.put("ticket", null);
        model.put("fileError", null);
        return model;
    }

    private static boolean allowed(String kind, CurrentUser user) {
        try {
            Transfers.requireAllowed(kind, user);
            return true;
        } catch (ForbiddenException e) {
            return false;
        }
    }
}
