package fr.tremplin.api.web.seeker;

import fr.tremplin.api.access.AccessPolicy;
import fr.tremplin.api.common.Paging;
import fr.tremplin.api.seeker.PersonalDataExport;
import fr.tremplin.data.audit.AuditAction;
import fr.tremplin.data.seeker.ConsentHistory;
import io.micronaut.http.HttpHeaders;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import fr.tremplin.api.security.CurrentUser;
import fr.tremplin.api.seeker.JobSeekerMapper;
import fr.tremplin.api.web.WebPaths;
import fr.tremplin.api.web.form.Choices;
import fr.tremplin.api.web.form.FieldErrors;
import fr.tremplin.api.web.form.FormData;
import fr.tremplin.api.web.form.SaveResult;
import fr.tremplin.api.web.layout.Pager;
import fr.tremplin.api.web.ranking.VacancyMatchSource;
import fr.tremplin.api.web.referential.Labels;
import fr.tremplin.data.seeker.JobSeeker;
import fr.tremplin.data.seeker.JobSeekerService;
import fr.tremplin.data.user.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** The adviser's pages about people: search, person page, creation and edition of a profile. */
@Controller(WebPaths.SEEKERS)
@Secured({Role.ADVISER_NAME, Role.UNIT_MANAGER_NAME, Role.ADMIN_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
public class SeekerPagesController {
    static final int PAGE_SIZE = 20;

    private final JobSeekerService service;
    private final JobSeekerMapper mapper;
    private final SeekerFormService forms;
    private final Labels labels;
    private final VacancyMatchSource vacancyMatches;
    private final PersonProposals proposals;

    private final AccessPolicy access;
    private final ConsentHistory consents;
    private final PersonalDataExport export;
    private final ObjectMapper json;

    public SeekerPagesController(JobSeekerService service, JobSeekerMapper mapper, SeekerFormService forms,
                                 Labels labels, VacancyMatchSource vacancyMatches, AccessPolicy access,
                                 ConsentHistory consents, PersonalDataExport export, ObjectMapper json,
                                 PersonProposals proposals) {
        this.proposals = proposals;
        this.access = access;
        this.consents = consents;
        this.export = export;
        this.json = json;
        this.service = service;
        this.mapper = mapper;
        this.forms = forms;
        this.labels = labels;
        this.vacancyMatches = vacancyMatches;
    }

    @Get
    @Produces(WebPaths.HTML)
    public ModelAndView<Map<String, Object>> search(@QueryValue @Nullable String q, @QueryValue @Nullable String unite,
                                                    @QueryValue @Nullable String statut,
                                                    @QueryValue(defaultValue = "0") int page,
                                                    Authentication authentication) {
        String query = blankToNull(q);
        String unit = access.listUnit(CurrentUser.of(authentication), blankToNull(unite));
        String status = Choices.SEEKER_STATUS.containsKey(statut) ? statut : null;
        Page<JobSeeker> found = service.list(query, unit, status, Paging.of(Math.max(page, 0), PAGE_SIZE));
        Map<String, Object> model = new HashMap<>();
        model.put("q", query == null ? "" : query);
        model.put("unite", unit == null ? "" : unit);
        model.put("statut", status == null ? "" : status);
        model.put("rows", found.getContent().stream().map(s -> SeekerRow.of(s, labels)).toList());
        model.put("pager", Pager.of(found, WebPaths.SEEKERS, Map.of("q", model.get("q"), "unite", model.get("unite"),
                "statut", model.get("statut"))));
        model.put("units", labels.units());
        model.put("statuses", Choices.options(Choices.SEEKER_STATUS));
        return new ModelAndView<>("seekers/list", model);
    }

    @Get("/{id}")
    @Produces(WebPaths.HTML)
    public ModelAndView<Map<String, Object>> show(@PathVariable String id, @QueryValue @Nullable String enregistre,
                                                  @QueryValue @Nullable String depuis, Authentication authentication) {
        AuditAction how = depuis == null ? AuditAction.READ : AuditAction.SEARCH_HIT_OPENED;
        JobSeeker seeker = access.open(CurrentUser.of(authentication), id, how);
        Map<String, Object> model = new HashMap<>();
        model.put("seeker", SeekerView.of(mapper.toResponse(seeker), labels));
        model.put("consents", consents.of(id).stream().map(ConsentRow::of).toList());
        model.put("saved", enregistre != null);
        model.put("vacancies", vacancyMatches.vacanciesFor(id));
        model.put("proposals", proposals.of(id, fr.tremplin.api.shortlist.Actors.of(authentication)));
        model.put("canOpenShortlists", CurrentUser.of(authentication).role() == fr.tremplin.data.user.Role.ADVISER);
        return new ModelAndView<>("seekers/show", model);
    }

    /** Right of access from the person page: the same JSON document as the API's export, as a download. */
    @Get("/{id}/donnees")
    @Produces(MediaType.APPLICATION_JSON)
    public HttpResponse<byte[]> download(@PathVariable String id, Authentication authentication) throws IOException {
        JobSeeker seeker = access.open(CurrentUser.of(authentication), id, AuditAction.EXPORT);
        return HttpResponse.ok(json.writeValueAsBytes(export.of(seeker)))
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"donnees-" + id + ".json\"");
    }

    @Get("/nouvelle")
    @Produces(WebPaths.HTML)
    public ModelAndView<Map<String, Object>> createForm(Authentication authentication) {
        String unit = CurrentUser.of(authentication).unit();
        return formPage(null, SeekerForm.blank(unit == null ? "" : unit), FieldErrors.none());
    }

    @Post(value = "/nouvelle", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(WebPaths.HTML)
    public HttpResponse<?> create(@Body @Nullable String body, Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        SeekerForm form = SeekerForm.of(FormData.parse(body));
        access.requireOwnUnit(user, blankToNull(form.employmentUnit()));
        return submit(null, form, user);
    }

    @Get("/{id}/modifier")
    @Produces(WebPaths.HTML)
    public ModelAndView<Map<String, Object>> editForm(@PathVariable String id, Authentication authentication) {
        JobSeeker seeker = access.forChange(CurrentUser.of(authentication), id);
        return formPage(id, SeekerForm.of(mapper.toResponse(seeker), labels), FieldErrors.none());
    }

    @Post(value = "/{id}/modifier", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(WebPaths.HTML)
    public HttpResponse<?> update(@PathVariable String id, @Body @Nullable String body, Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        access.forChange(user, id);
        SeekerForm form = SeekerForm.of(FormData.parse(body));
        access.requireOwnUnit(user, blankToNull(form.employmentUnit()));
        return submit(id, form, user);
    }

    private HttpResponse<?> submit(@Nullable String id, SeekerForm form, CurrentUser user) {
        SaveResult result = forms.save(id, form, AccessPolicy.auditor(user));
        if (result.isSaved()) {
            return HttpResponse.seeOther(URI.create(WebPaths.SEEKERS + "/" + result.id() + "?enregistre=1"));
        }
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(formPage(id, form, result.errors()));
    }

    private ModelAndView<Map<String, Object>> formPage(@Nullable String id, SeekerForm form, FieldErrors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("id", id);
        model.put("form", form);
        model.put("errors", errors);
        model.put("fieldLabels", SeekerForm.LABELS);
        model.put("targetChoices", labels.occupations(form.targetOccupations()));
        model.put("skillChoices", labels.skills(form.skills()));
        model.put("units", labels.units());
        model.put("statuses", Choices.options(Choices.SEEKER_STATUS));
        model.put("workingTimes", Choices.options(Choices.WORKING_TIME));
        model.put("publics", Choices.options(Choices.PUBLICS));
        model.put("licences", Choices.options(Choices.LICENCES));
        model.put("diplomaLevels", Choices.options(Choices.DIPLOMA_LEVELS));
        return new ModelAndView<>("seekers/form", model);
    }

    @Nullable
    private static String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
