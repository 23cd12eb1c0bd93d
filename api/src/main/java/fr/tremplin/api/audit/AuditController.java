package fr.tremplin.api.audit;

import fr.tremplin.api.access.AccessPolicy;
import fr.tremplin.api.common.PageResponse;
import fr.tremplin.api.common.Paging;
import fr.tremplin.api.report.AuditCsv;
import fr.tremplin.api.security.CurrentUser;
import fr.tremplin.data.audit.AuditLog;
import fr.tremplin.data.audit.AuditQuery;
import fr.tremplin.data.audit.AuditRow;
import fr.tremplin.data.common.NotFoundException;
import fr.tremplin.data.seeker.JobSeekerRepository;
import fr.tremplin.data.seeker.JobSeekerService;
import fr.tremplin.data.user.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
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

import java.time.LocalDate;

/**
 * The audit log of people's files ({@code GET /api/v1/audit}): ADMIN everything, a unit manager the lines about
 * the people of their unit. {@code Accept: text/csv} (or {@code ?format=csv}) exports the filtered lines.
 */
@Controller("/api/v1/audit")
@Secured({Role.UNIT_MANAGER_NAME, Role.ADMIN_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
@Validated
@Tag(name = "Journal d'accès")
public class AuditController {
    /** Most lines in one CSV export. */
    static final int CSV_MAX = 50_000;

    private final AuditLog audit;
    private final AccessPolicy access;
    private final JobSeekerRepository seekers;

    public AuditController(AuditLog audit, AccessPolicy access, JobSeekerRepository seekers) {
        this.audit = audit;
        this.access = access;
        this.seekers = seekers;
    }

    @Operation(summary = "Journal d'accès aux fiches (qui, quand, quoi, quelle personne) ; filtres : personne, auteur, période ; CSV avec Accept: text/csv")
    @Get(produces = {MediaType.APPLICATION_JSON, AuditCsv.MEDIA_TYPE})
    public HttpResponse<?> search(@QueryValue @Nullable String jobSeeker, @QueryValue @Nullable String actor,
                                  @QueryValue @Nullable LocalDate from, @QueryValue @Nullable LocalDate to,
                                  @QueryValue @Nullable String unit,
                                  @QueryValue @Nullable @Pattern(regexp = "json|csv", message = "json ou csv") String format,
                                  @QueryValue(defaultValue = "0") @Min(value = 0, message = Paging.PAGE_MESSAGE) int page,
                                  @QueryValue(defaultValue = "50") @Min(value = 1, message = Paging.SIZE_MESSAGE)
                                  @Max(value = Paging.MAX_SIZE, message = Paging.SIZE_MESSAGE) int size,
                                  HttpRequest<?> request, Authentication authentication) {
        AuditQuery query = query(CurrentUser.of(authentication), jobSeeker, actor, from, to, unit);
        if (AuditCsv.wanted(request, format)) {
            Page<AuditRow> all = audit.search(query, Paging.of(0, CSV_MAX));
            return HttpResponse.ok(AuditCsv.of(all.getContent())).contentType(AuditCsv.MEDIA_TYPE + ";charset=UTF-8")
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"journal-acces.csv\"");
        }
        Page<AuditRow> found = audit.search(query, Paging.of(page, size));
        return HttpResponse.ok(PageResponse.of(found, AuditLine::of)).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    /** The filters of this caller: unknown person 404; a unit manager only their unit (403 otherwise). */
    public AuditQuery query(CurrentUser user, @Nullable String jobSeeker, @Nullable String actor,
                            @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String unit) {
        String person = blankToNull(jobSeeker);
        if (person != null && !seekers.existsById(person) && !audit.knows(person)) {
            throw new NotFoundException(JobSeekerService.RESOURCE, person);
        }
        String scope = access.reportUnit(user, blankToNull(unit));
        return new AuditQuery(person, blankToNull(actor), from, to, scope);
    }

    @Nullable
    private static String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
