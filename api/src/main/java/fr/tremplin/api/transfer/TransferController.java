package fr.tremplin.api.transfer;

import fr.tremplin.api.common.QueryFlags;
import fr.tremplin.api.access.AccessPolicy;
import fr.tremplin.api.report.FrenchCsv;
import fr.tremplin.api.security.CurrentUser;
import fr.tremplin.data.audit.AuditAction;
import fr.tremplin.data.audit.AuditLog;
import fr.tremplin.data.common.InvalidDataException;
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
 * Bulk import and export (docs/import.md): job seekers (ADMIN: every unit; UNIT_MANAGER: their unit only), employers
 * and vacancies (ADMIN only). The file is the body (CSV or .xlsx) or the {@code file} field of a form.
 */
@Controller
@Secured({Role.UNIT_MANAGER_NAME, Role.ADMIN_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Import et export")
public class TransferController {
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String CSV_UTF8 = FrenchCsv.MEDIA_TYPE + ";charset=UTF-8";

    private final Transfers transfers;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;

    public TransferController(Transfers transfers, AccessPolicy access, AuditLog audit, Clock clock) {
        this.transfers = transfers;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Operation(summary = "Importer un fichier CSV ou .xlsx (corps de la requête) de personnes (job-seekers), d'employeurs (employers) ou d'offres (vacancies) ; dryRun=true : vérifier sans rien écrire ; un fichier avec une erreur n'écrit rien (422)")
    @Post(value = "/api/v1/imports/{kind}", consumes = {FrenchCsv.MEDIA_TYPE, MediaType.TEXT_PLAIN,
            MediaType.APPLICATION_OCTET_STREAM, XLSX})
    public HttpResponse<ImportReport> importFile(@PathVariable String kind,
                                                 @QueryValue @Nullable String dryRun,
                                                 @Body @Nullable byte[] body, Authentication authentication) {
        return run(kind, QueryFlags.of("dryRun", dryRun), body, authentication);
    }

    @Operation(summary = "Importer un fichier envoyé par formulaire (champ file, CSV ou .xlsx)")
    @Post(value = "/api/v1/imports/{kind}", consumes = MediaType.MULTIPART_FORM_DATA)
    public HttpResponse<ImportReport> importForm(@PathVariable String kind,
                                                 @QueryValue @Nullable String dryRun,
                                                 @Part("file") @Nullable byte[] file, Authentication authentication) {
        return run(kind, QueryFlags.of("dryRun", dryRun), file, authentication);
    }

    @Operation(summary = "Exporter au format de l'import : personnes (responsable : son unité ; ADMIN : toutes ou ?unit=), employeurs, offres (ADMIN)")
    @Get(value = "/api/v1/exports/{kind}", produces = {FrenchCsv.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public HttpResponse<byte[]> export(@PathVariable String kind, @QueryValue @Nullable String unit,
                                       Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        Transfers.requireAllowed(kind, user);
        String scope = SeekerImporter.KIND.equals(kind)
                ? access.reportUnit(user, unit == null || unit.isBlank() ? null : unit) : null;
        ExportFile file = transfers.export(kind, scope, user);
        audit.record(AccessPolicy.auditor(user), AuditAction.EXPORT, null, scope,
                "export de fichier : " + file.rows() + " " + Transfers.rowsName(kind));
        String name = fileName(kind) + (SeekerImporter.KIND.equals(kind)
                ? "-" + (scope == null ? "toutes-unites" : scope) : "") + "-" + LocalDate.now(clock) + ".csv";
        return HttpResponse.ok(file.bytes()).contentType(CSV_UTF8)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"");
    }

    /** The name an exported file starts with (docs/examples has one file of each). */
    static String fileName(String kind) {
        return switch (kind) {
            case EmployerImporter.KIND -> "entreprises";
            case VacancyImporter.KIND -> "offres";
            default -> "personnes";
        };
    }

    private HttpResponse<ImportReport> run(String kind, boolean dryRun, @Nullable byte[] file,
                                           Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        Transfers.requireAllowed(kind, user);
        if (file == null || file.length == 0) {
            throw new InvalidDataException("file", "le fichier est vide : envoyez le fichier (CSV ou .xlsx) comme"
                    + " corps de la requête ou dans le champ file d'un formulaire");
        }
        ImportReport report = transfers.importFile(kind, FileSource.of(file), dryRun, user,
                ImportEngine.Progress.NONE);
        return !dryRun && report.hasErrors()
                ? HttpResponse.<ImportReport>status(HttpStatus.UNPROCESSABLE_ENTITY).body(report)
                : HttpResponse.ok(report);
    }
}
