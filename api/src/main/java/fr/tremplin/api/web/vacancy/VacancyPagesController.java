package fr.tremplin.api.web.vacancy;

import fr.tremplin.api.access.AccessPolicy;
import fr.tremplin.api.common.Paging;
import fr.tremplin.api.security.CurrentUser;
import fr.tremplin.api.web.WebPaths;
import fr.tremplin.api.web.form.Choices;
import fr.tremplin.api.web.layout.Pager;
import fr.tremplin.api.web.referential.Choice;
import fr.tremplin.api.web.referential.Labels;
import fr.tremplin.api.web.ranking.CandidateFilters;
import fr.tremplin.data.employer.Employer;
import fr.tremplin.data.employer.EmployerService;
import fr.tremplin.data.user.Role;
import fr.tremplin.data.vacancy.Vacancy;
import fr.tremplin.data.vacancy.VacancyService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
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

/** Vacancy lists (all of them for advisers, their own for employers) and the vacancy page. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class VacancyPagesController {
    static final int PAGE_SIZE = 20;

    private final VacancyService vacancies;
    private final EmployerService employers;
    private final Labels labels;
    private final VacancyPageModels pages;

    public VacancyPagesController(VacancyService vacancies, EmployerService employers, Labels labels,
                                  VacancyPageModels pages) {
        this.vacancies = vacancies;
        this.employers = employers;
        this.labels = labels;
        this.pages = pages;
    }

    @Get(WebPaths.VACANCIES)
    @Secured({Role.ADVISER_NAME, Role.UNIT_MANAGER_NAME, Role.ADMIN_NAME, Role.EMPLOYER_NAME})
    @Produces(WebPaths.HTML)
    public HttpResponse<?> list(@QueryValue @Nullable String metier, @QueryValue @Nullable String statut,
                                @QueryValue @Nullable String employeur, @QueryValue(defaultValue = "0") int page,
                                Authentication authentication) {
        if (CurrentUser.of(authentication).isEmployer()) {
            return HttpResponse.seeOther(URI.create(WebPaths.MY_VACANCIES));
        }
        String occupation = metier == null || metier.isBlank() ? null : Choice.leadingCode(metier);
        String status = Choices.VACANCY_STATUS.containsKey(statut) ? statut : null;
        String employer = employeur == null || employeur.isBlank() || !employers.exists(employeur) ? null : employeur;
        Page<Vacancy> found = vacancies.list(employer, occupation, status, Paging.of(Math.max(page, 0), PAGE_SIZE));
        Map<String, Object> model = new HashMap<>();
        model.put("metier", metier == null ? "" : metier);
        model.put("statut", status == null ? "" : status);
        model.put("employeur", employer == null ? "" : employer);
        model.put("employerName", employer == null ? "" : employers.get(employer).name());
        model.put("statuses", Choices.options(Choices.VACANCY_STATUS));
        model.put("rows", found.getContent().stream().map(v -> VacancyRow.of(v, employerName(v), labels)).toList());
        model.put("pager", Pager.of(found, WebPaths.VACANCIES, Map.of("metier", model.get("metier"),
                "statut", model.get("statut"), "employeur", model.get("employeur"))));
        return HttpResponse.ok(new ModelAndView<>("vacancies/list", model));
    }

    @Get(WebPaths.MY_VACANCIES)
    @Secured(Role.EMPLOYER_NAME)
    @Produces(WebPaths.HTML)
    public ModelAndView<Map<String, Object>> mine(@QueryValue(defaultValue = "0") int page,
                                                  @QueryValue @Nullable String publiee, Authentication authentication) {
        Employer employer = employers.get(CurrentUser.of(authentication).employerId());
        Page<Vacancy> found = vacancies.list(employer.id(), null, null, Paging.of(Math.max(page, 0), PAGE_SIZE));
        Map<String, Object> model = new HashMap<>();
        model.put("employer", employer.name());
        model.put("published", publiee != null);
        model.put("rows", found.getContent().stream().map(v -> VacancyRow.of(v, employer.name(), labels)).toList());
        model.put("pager", Pager.of(found, WebPaths.MY_VACANCIES, Map.of()));
        return new ModelAndView<>("vacancies/mine", model);
    }

    @Get(WebPaths.VACANCIES + "/{id}")
    @Secured({Role.ADVISER_NAME, Role.UNIT_MANAGER_NAME, Role.ADMIN_NAME, Role.EMPLOYER_NAME})
    @Produces(WebPaths.HTML)
    public ModelAndView<Map<String, Object>> show(@PathVariable String id, @QueryValue @Nullable String strict,
                                                  @QueryValue @Nullable String unite,
                                                  @QueryValue @Nullable String page,
                                                  @QueryValue @Nullable String taille,
                                                  @QueryValue("public") @Nullable String publicGroup,
                                                  @QueryValue @Nullable String dispositif,
                                                  @QueryValue @Nullable String distance,
                                                  @QueryValue @Nullable String enregistree,
                                                  Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        Vacancy vacancy = vacancies.get(id);
        AccessPolicy.hideFromOtherEmployer(user, vacancy.employerId(), VacancyService.RESOURCE, id);
        Map<String, Object> model = pages.of(vacancy, user,
                CandidateFilters.parse(strict, unite, page, taille, publicGroup, dispositif, distance), java.util.List.of());
        model.put("saved", enregistree != null);
        return new ModelAndView<>("vacancies/show", model);
    }

    private String employerName(Vacancy v) {
        return employers.get(v.employerId()).name();
    }
}
