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
import fr.tremplin.api.web.form.ListFilters;
import fr.tremplin.core.wording.FrenchNumbers;
import fr.tremplin.data.seeker.SeekerSearch;
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
    private final fr.tremplin.data.shortlist.ShortlistCommands shortlists;
    @jakarta.inject.Inject
    TrainingPanel trainingPanel;

    private final AccessPolicy access;
    private final ConsentHistory consents;
    private final PersonalDataExport export;
    private final ObjectMapper json;
    /** « Entreprises à démarcher » (the hidden market), injected apart so the constructor stays as it was. */
    @jakarta.inject.Inject
    fr.tremplin.api.web.prospect.ProspectSections prospectSections;

    public SeekerPagesController(JobSeekerService service, JobSeekerMapper mapper, SeekerFormService forms,
                                 Labels labels, VacancyMatchSource vacancyMatches, AccessPolicy access,
                                 ConsentHistory consents, PersonalDataExport export, ObjectMapper json,
                                 PersonProposals proposals, fr.tremplin.data.shortlist.ShortlistCommands shortlists) {
        this.proposals = proposals;
        this.shortlists = shortlists;
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

    /** French values of {@code tri} → sort keys of {@link SeekerSearch}. */
    static final Map<String, String> SORTS = Choices.ordered("nom", "name", "recent", "recent", "commune", "commune");
    /** French values of {@code tri} → what the sort menu reads. */
    static final Map<String, String> SORT_LABELS = Choices.ordered("nom", "Nom", "recent", "Fiches les plus récentes",
            "commune", "Commune (code INSEE)");

    /**
     * The people list: advisers and managers see their unit only (the unit filter defaults to it); an
     * administrator first sees how many people there are and submits the form (a unit, a name, or nothing for the
     * whole département) before any name is listed.
     */
    @Get
    @Produces(WebPaths.HTML)
    public HttpResponse<ModelAndView<Map<String, Object>>> search(
            @QueryValue @Nullable String q, @QueryValue @Nullable String unite, @QueryValue @Nullable String statut,
            @QueryValue @Nullable String commune, @QueryValue @Nullable String metier,
            @QueryValue @Nullable String tri, @QueryValue @Nullable String page, Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        boolean admin = user.role() == Role.ADMIN;
        ListFilters filters = new ListFilters(labels);
        String query = ListFilters.trimmed(q);
        String wantedUnit = ListFilters.trimmed(unite);
        if (wantedUnit != null && labels.units().stream()
                .noneMatch(u -> u.code().equals(wantedUnit))) {
            filters.errors().add("unite", "« " + wantedUnit + " » n’est pas une unité emploi : choisissez-en une dans la liste.");
        }
        String unit = filters.errors().has("unite") ? null
                : access.listUnit(user, wantedUnit);
        String status = filters.oneOf("statut", statut, Choices.SEEKER_STATUS, "un statut");
        String communeCode = filters.commune("commune", commune);
        String occupation = filters.occupation("metier", metier);
        String sort = filters.sort("tri", tri, SORTS, "name");
        int pageNumber = filters.page("page", page);
        boolean chosen = !admin || java.util.stream.Stream.of(q, unite, statut, commune, metier, tri, page)
                .anyMatch(java.util.Objects::nonNull);

        Map<String, Object> model = new HashMap<>();
        model.put("q", query == null ? "" : query);
        model.put("unite", admin ? (wantedUnit == null ? "" : wantedUnit) : (unit == null ? "" : unit));
        model.put("statut", statut == null ? "" : statut.strip());
        model.put("commune", commune == null ? "" : commune.strip());
        model.put("metier", metier == null ? "" : metier.strip());
        model.put("tri", tri == null || !SORTS.containsKey(tri.strip()) ? "nom" : tri.strip());
        model.put("errors", filters.errors());
        model.put("fieldLabels", FILTER_LABELS);
        model.put("admin", admin);
        model.put("units", admin ? labels.units()
                : labels.units().stream().filter(u -> u.code().equals(user.unit())).toList());
        model.put("statuses", Choices.options(Choices.SEEKER_STATUS));
        model.put("sorts", Choices.options(SORT_LABELS));
        model.put("sortLabel", SORT_LABELS.getOrDefault(model.get("tri"), "Nom").toLowerCase(java.util.Locale.FRENCH));
        if (!filters.errors().isEmpty() || !chosen) {
            model.put("rows", java.util.List.of());
            model.put("pager", new Pager(0, 0, 1, null, null, WebPaths.SEEKERS, WebPaths.SEEKERS));
            model.put("chosen", chosen);
            model.put("count", chosen ? "" : FrenchNumbers.count(
                    service.list(null, null, null, Paging.of(0, 1)).getTotalSize(), "personne", "personnes"));
            ModelAndView<Map<String, Object>> page0 = new ModelAndView<>("seekers/list", model);
            return filters.errors().isEmpty() ? HttpResponse.ok(page0) : HttpResponse.badRequest(page0);
        }
        Page<JobSeeker> found = service.list(new SeekerSearch(query, unit, status, communeCode, occupation, sort),
                Paging.of(pageNumber, PAGE_SIZE));
        model.put("chosen", true);
        model.put("count", FrenchNumbers.count(found.getTotalSize(), "personne trouvée", "personnes trouvées"));
        model.put("rows", found.getContent().stream().map(s -> SeekerRow.of(s, labels)).toList());
        Map<String, Object> kept = new java.util.LinkedHashMap<>();
        for (String key : java.util.List.of("q", "unite", "statut", "commune", "metier", "tri")) {
            kept.put(key, model.get(key));
        }
        model.put("pager", Pager.of(found, WebPaths.SEEKERS, kept));
        return HttpResponse.ok(new ModelAndView<>("seekers/list", model));
    }

    static final Map<String, String> FILTER_LABELS = Choices.ordered("q", "Nom, prénom ou référence", "unite", "Unité emploi",
            "statut", "Statut", "commune", "Commune", "metier", "Métier visé", "tri", "Trier par", "page", "Page");


    @Get("/{id}")
    @Produces(WebPaths.HTML)
    public ModelAndView<Map<String, Object>> show(@PathVariable String id, @QueryValue @Nullable String enregistre,
                                                  @QueryValue @Nullable String depuis, Authentication authentication) {
        AuditAction how = depuis == null ? AuditAction.READ : AuditAction.SEARCH_HIT_OPENED;
        Map<String, Object> model = personPage(id, how, authentication);
        model.put("saved", enregistre != null);
        return new ModelAndView<>("seekers/show", model);
    }

    /**
     * « Proposer pour cette offre » from the person's ranked vacancies: the person joins the adviser's open draft
     * for that vacancy (one per vacancy and adviser, created when there is none), through the same command as the
     * vacancy page's ticks; a repeated proposal (409) is shown with a confirmation button, a person who cannot be
     * proposed (422) with the reason.
     */
    @Post(value = "/{id}/proposer", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Role.ADVISER_NAME)
    @Produces(WebPaths.HTML)
    public HttpResponse<?> propose(@PathVariable String id, @Body @Nullable String body, Authentication authentication) {
        FormData data = FormData.parse(body);
        String vacancyId = data.value("offre");
        fr.tremplin.data.shortlist.Actor actor = fr.tremplin.api.shortlist.Actors.of(authentication);
        HttpStatus status = HttpStatus.UNPROCESSABLE_ENTITY;
        String problem;
        boolean repeat = false;
        if (vacancyId.isEmpty()) {
            problem = "Choisissez l’offre pour laquelle proposer la personne.";
        } else {
            try {
                boolean existing = shortlists.openDraft(vacancyId, actor).isPresent();
                fr.tremplin.data.shortlist.Shortlist draft = shortlists.create(vacancyId, java.util.List.of(id), null,
                        actor, "oui".equals(data.value("confirmer")));
                return HttpResponse.seeOther(URI.create(WebPaths.SHORTLISTS + "/" + draft.id()
                        + (existing ? "?ajoutees=1" : "?creee=1")));
            } catch (fr.tremplin.data.shortlist.RepeatProposalException e) {
                status = HttpStatus.CONFLICT;
                repeat = true;
                problem = messages(e.errors(), e.getMessage());
            } catch (fr.tremplin.data.common.InvalidDataException e) {
                problem = messages(e.errors(), e.getMessage());
            } catch (fr.tremplin.data.common.ConflictException e) {
                status = HttpStatus.CONFLICT;
                problem = e.getMessage();
            }
        }
        Map<String, Object> model = personPage(id, AuditAction.READ, authentication);
        model.put("saved", false);
        model.put("proposeVacancy", vacancyId);
        model.put("proposeProblem", problem.replace("la personne " + id, "la personne").replace(id, "la personne"));
        model.put("proposeRepeat", repeat);
        return HttpResponse.status(status).body(new ModelAndView<>("seekers/show", model));
    }

    private static String messages(java.util.List<fr.tremplin.data.common.FieldError> errors, String fallback) {
        return errors.isEmpty() ? fallback
                : String.join(" ; ", errors.stream().map(fr.tremplin.data.common.FieldError::message).toList());
    }

    private Map<String, Object> personPage(String id, AuditAction how, Authentication authentication) {
        JobSeeker seeker = access.open(CurrentUser.of(authentication), id, how);
        Map<String, Object> model = new HashMap<>();
        model.put("seeker", SeekerView.of(mapper.toResponse(seeker), labels));
        model.put("consents", consents.of(id).stream().map(ConsentRow::of).toList());
        model.put("vacancies", vacancyMatches.vacanciesFor(id));
        model.put("trainings", trainingPanel.of(seeker));
        model.put("proposals", proposals.of(id, fr.tremplin.api.shortlist.Actors.of(authentication)));
        model.put("canOpenShortlists", CurrentUser.of(authentication).role() == Role.ADVISER);
        model.put("proposeVacancy", "");
        model.put("proposeProblem", "");
        model.put("proposeRepeat", false);
        model.put("prospects", prospectSections.of(seeker));
        return model;
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
