package fr.tremplin.api.web.vacancy;

import fr.tremplin.api.access.AccessPolicy;
import fr.tremplin.api.security.CurrentUser;
import fr.tremplin.api.vacancy.VacancyResponse;
import fr.tremplin.api.web.WebPaths;
import fr.tremplin.api.web.form.Choices;
import fr.tremplin.api.web.form.FieldErrors;
import fr.tremplin.api.web.form.FormData;
import fr.tremplin.api.web.form.SaveResult;
import fr.tremplin.api.web.referential.Choice;
import fr.tremplin.api.web.referential.Labels;
import fr.tremplin.data.employer.EmployerService;
import fr.tremplin.data.user.Role;
import fr.tremplin.data.vacancy.Vacancy;
import fr.tremplin.data.vacancy.VacancyService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Posting and editing a vacancy. Employers post for their own employer; advisers and administrators may edit any
 * vacancy. The skills table follows the chosen occupation (its ROME skills), refreshed by htmx or by the
 * "Afficher les compétences du métier" button without JavaScript.
 */
@Controller(WebPaths.VACANCIES)
@ExecuteOn(TaskExecutors.BLOCKING)
public class VacancyFormController {
    static final String SHOW_SKILLS = "competences";

    private final VacancyFormService forms;
    private final VacancyService vacancies;
    private final EmployerService employers;
    private final Labels labels;

    public VacancyFormController(VacancyFormService forms, VacancyService vacancies, EmployerService employers,
                                 Labels labels) {
        this.forms = forms;
        this.vacancies = vacancies;
        this.employers = employers;
        this.labels = labels;
    }

    @Get("/nouvelle")
    @Secured(Role.EMPLOYER_NAME)
    @Produces(WebPaths.HTML)
    public ModelAndView<Map<String, Object>> createForm(Authentication authentication) {
        return page(null, employerName(CurrentUser.of(authentication).employerId()), VacancyForm.blank(),
                FieldErrors.none());
    }

    @Post(value = "/nouvelle", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Role.EMPLOYER_NAME)
    @Produces(WebPaths.HTML)
    public HttpResponse<?> create(@Body @Nullable String body, Authentication authentication) {
        String employerId = CurrentUser.of(authentication).employerId();
        return submit(null, employerId, FormData.parse(body));
    }

    @Get("/{id}/modifier")
    @Secured({Role.EMPLOYER_NAME, Role.ADVISER_NAME, Role.ADMIN_NAME})
    @Produces(WebPaths.HTML)
    public ModelAndView<Map<String, Object>> editForm(@PathVariable String id, Authentication authentication) {
        Vacancy vacancy = owned(id, authentication);
        return page(id, employerName(vacancy.employerId()), VacancyForm.of(VacancyResponse.of(vacancy), labels),
                FieldErrors.none());
    }

    @Post(value = "/{id}/modifier", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({Role.EMPLOYER_NAME, Role.ADVISER_NAME, Role.ADMIN_NAME})
    @Produces(WebPaths.HTML)
    public HttpResponse<?> update(@PathVariable String id, @Body @Nullable String body, Authentication authentication) {
        Vacancy vacancy = owned(id, authentication);
        return submit(id, vacancy.employerId(), FormData.parse(body));
    }

    /** The skills table for the occupation currently in the form (htmx: the whole form comes as query values). */
    @Get("/formulaire/competences")
    @Secured({Role.EMPLOYER_NAME, Role.ADVISER_NAME, Role.ADMIN_NAME})
    @Produces(WebPaths.HTML)
    public ModelAndView<Map<String, Object>> skills(HttpRequest<?> request) {
        VacancyForm form = VacancyForm.of(FormData.of(request.getParameters().asMap()));
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("skillRows", SkillRow.of(form, Choice.leadingCode(form.occupation()), labels));
        model.put("errors", FieldErrors.none());
        return new ModelAndView<>("vacancies/skills", model);
    }

    private HttpResponse<?> submit(@Nullable String id, String employerId, FormData data) {
        VacancyForm form = VacancyForm.of(data);
        if (SHOW_SKILLS.equals(data.value("_action"))) {
            return HttpResponse.ok(page(id, employerName(employerId), form, FieldErrors.none()));
        }
        SaveResult result = forms.save(id, employerId, form);
        if (result.isSaved()) {
            String target = id == null ? WebPaths.MY_VACANCIES + "?publiee=1"
                    : WebPaths.VACANCIES + "/" + result.id() + "?enregistree=1";
            return HttpResponse.seeOther(URI.create(target));
        }
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                .body(page(id, employerName(employerId), form, result.errors()));
    }

    private Vacancy owned(String id, Authentication authentication) {
        Vacancy vacancy = vacancies.get(id);
        AccessPolicy.hideFromOtherEmployer(CurrentUser.of(authentication), vacancy.employerId(), VacancyService.RESOURCE,
                vacancy.id());
        return vacancy;
    }

    private String employerName(String employerId) {
        return employers.get(employerId).name();
    }

    private ModelAndView<Map<String, Object>> page(@Nullable String id, String employer, VacancyForm form,
                                                   FieldErrors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("id", id);
        model.put("employer", employer);
        model.put("form", form);
        model.put("errors", errors);
        model.put("fieldLabels", VacancyForm.LABELS);
        model.put("skillRows", SkillRow.of(form, Choice.leadingCode(form.occupation()), labels));
        model.put("contractTypes", Choices.options(Choices.CONTRACT_TYPES));
        model.put("statuses", Choices.options(Choices.VACANCY_STATUS));
        model.put("licences", Choices.options(Choices.LICENCES));
        model.put("diplomaLevels", Choices.options(Choices.DIPLOMA_LEVELS));
        model.put("skillLevels", List.of(new fr.tremplin.api.web.form.Option(VacancyForm.REQUIRED, "Exigée"),
                new fr.tremplin.api.web.form.Option(VacancyForm.NICE, "Souhaitée")));
        return new ModelAndView<>("vacancies/form", model);
    }
}
