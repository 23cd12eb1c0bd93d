package fr.tremplin.api.transfer;

import fr.tremplin.api.access.AccessPolicy;
import fr.tremplin.api.report.FrenchCsv;
import fr.tremplin.api.security.CurrentUser;
import fr.tremplin.data.audit.AuditAction;
import fr.tremplin.data.audit.AuditLog;
import fr.tremplin.data.common.InvalidDataException;
import fr.tremplin.data.common.NotFoundException;
import fr.tremplin.data.user.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Bulk import and export of job seekers (docs/import.md). Employers and vacancies are not importable yet (422).
 * ADMIN: every unit; UNIT_MANAGER: their unit only.
 */
@Controller
@Secured({Role.UNIT_MANAGER_NAME, Role.ADMIN_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Import et export")
public class TransferController {
    private static final String CSV_UTF8 = FrenchCsv.MEDIA_TYPE + ";charset=UTF-8";

    private final SeekerImporter importer;
    private final SeekerExporter exporter;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;

    public TransferController(SeekerImporter importer, SeekerExporter exporter, AccessPolicy access, AuditLog audit,
                              Clock clock) {
        this.importer = importer;
        this.exporter = exporter;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Operation(summary = "Importer un fichier CSV de personnes (corps text/csv) ; dryRun=true : vérifier sans rien écrire ; un fichier avec une erreur n'écrit rien (422)")
    @Post(value = "/api/v1/imports/{kind}", consumes = {FrenchCsv.MEDIA_TYPE, MediaType.TEXT_PLAIN,
            MediaType.APPLICATION_OCTET_STREAM})
    public HttpResponse<ImportReport> importFile(@PathVariable String kind,
                                                 @QueryValue(defaultValue = "false") boolean dryRun,
                                                 @Body @Nullable byte[] body, Authentication authentication) {
        return run(kind, dryRun, body, authentication);
    }

    @Operation(summary = "Importer un fichier de personnes envoyé par formulaire (champ file)")
    @Post(value = "/api/v1/imports/{kind}", consumes = MediaType.MULTIPART_FORM_DATA)
    public HttpResponse<ImportReport> importForm(@PathVariable String kind,
                                                 @QueryValue(defaultValue = "false") boolean dryRun,
                                                 @Part("file") @Nullable byte[] file, Authentication authentication) {
        return run(kind, dryRun, file, authentication);
    }

    @Operation(summary = "Exporter les personnes (responsable : son unité ; ADMIN : toutes ou ?unit=) au format de l'import")
    @Get(value = "/api/v1/exports/{kind}", produces = {FrenchCsv.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public HttpResponse<byte[]> export(@PathVariable String kind, @QueryValue @Nullable String unit,
                                       Authentication authentication) {
        requireSupported(kind);
        CurrentUser user = CurrentUser.of(authentication);
        String scope = access.reportUnit(user, unit == null || unit.isBlank() ? null : unit);
        SeekerExporter.Export file = exporter.export(scope);
        audit.record(AccessPolicy.auditor(user), AuditAction.EXPORT, null, scope,
                "export de fichier : " + file.rows() + " personne(s)");
        String name = "personnes-" + (scope == null ? "toutes-unites" : scope) + "-" + LocalDate.now(clock) + ".csv";
        return HttpResponse.ok(file.bytes()).contentType(CSV_UTF8)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"");
    }

    private HttpResponse<ImportReport> run(String kind, boolean dryRun, @Nullable byte[] file,
                                           Authentication authentication) {
        requireSupported(kind);
        if (file == null || file.length == 0) {
            throw new InvalidDataException("file", "le fichier est vide : envoyez le CSV comme corps de la requête"
                    + " (text/csv) ou dans le champ file d'un formulaire");
        }
        ImportReport report = importer.run(file, dryRun, CurrentUser.of(authentication));
        return !dryRun && report.hasErrors()
                ? HttpResponse.<ImportReport>status(HttpStatus.UNPROCESSABLE_ENTITY).body(report)
                : HttpResponse.ok(report);
    }

    private static void requireSupported(String kind) {
        switch (kind) {
            case SeekerImporter.KIND -> {
            }
            case "employers", "vacancies" -> throw new InvalidDataException("kind",
                    "type d'import non pris en charge : " + kind + " (seules les personnes, job-seekers, le sont)");
            default -> throw new NotFoundException("Le type d'import", kind);
        }
    }
}
