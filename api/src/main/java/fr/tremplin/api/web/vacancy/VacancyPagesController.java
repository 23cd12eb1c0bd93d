package fr.tremplin.api.web.vacancy;

import fr.tremplin.api.access.AccessPolicy;
import fr.tremplin.api.common.Paging;
import fr.tremplin.api.security.CurrentUser;
import fr.tremplin.api.web.WebPaths;
import fr.tremplin.api.web.form.Choices;
import fr.tremplin.api.web.form.ListFilters;
import fr.tremplin.core.wording.FrenchNumbers;
import fr.tremplin.data.vacancy.VacancySearch;
import fr.tremplin.api.web.layout.Pager;
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

    /** French values of {@code tri} → sort keys of {@link VacancySearch}. */
    static final Map<String, String> SORTS = Choices.ordered("recentes", "recent", "debut", "start", "intitule", "title");
    static final Map<String, String> SORT_LABELS = Choices.ordered("recentes", "Les plus récentes",
            "debut", "Date de début", "intitule", "Intitulé");
    static final Map<String, String> FILTER_LABELS = Choices.ordered("q", "Intitulé ou employeur", "metier", "Métier",
            "unite", "Unité emploi du lieu de travail",
            "statut", "Statut", "commune", "Commune", "tri", "Trier par", "page", "Page");

    @Get(WebPaths.VACANCIES)
    @Secured({Role.ADVISER_NAME, Role.UNIT_MANAGER_NAME, Role.ADMIN_NAME, Role.EMPLOYER_NAME})
    @Produces(WebPaths.HTML)
    public HttpResponse<?> list(@QueryValue @Nullable String q, @QueryValue @Nullable String metier,
                                @QueryValue @Nullable String statut, @QueryValue @Nullable String commune,
                                @QueryValue @Nullable String unite,
                                @QueryValue @Nullable String employeur, @QueryValue @Nullable String tri,
                                @QueryValue @Nullable String page, Authentication authentication) {
        if (CurrentUser.of(authentication).isEmployer()) {
            return HttpResponse.seeOther(URI.create(WebPaths.MY_VACANCIES));
        }
        ListFilters filters = new ListFilters(labels);
        String text = ListFilters.trimmed(q);
        String occupation = filters.occupation("metier", metier);
        String status = filters.oneOf("statut", statut, Choices.VACANCY_STATUS, "un statut d’offre");
        String communeCode = filters.commune("commune", commune);
        String sort = filters.sort("tri", tri, SORTS, "recent");
        // vacancies belong to no unit (an adviser proposes for any of them): the whole département by default
        String unit = ListFilters.trimmed(unite);
        if (unit != null && labels.units().stream().noneMatch(u -> u.code().equals(unit))) {
            filters.errors().add("unite", "« " + unit + " » n’est pas une unité emploi : choisissez-en une dans la liste.");
        }
        int pageNumber = filters.page("page", page);
        String employer = employeur == null || employeur.isBlank() || !employers.exists(employeur) ? null : employeur;
        Map<String, Object> model = new HashMap<>();
        model.put("q", text == null ? "" : text);
        model.put("metier", metier == null ? "" : metier.strip());
        model.put("statut", statut == null ? "" : statut.strip());
        model.put("commune", commune == null ? "" : commune.strip());
        model.put("unite", unit == null ? "" : unit);
        model.put("units", labels.units());
        model.put("tri", tri == null || !SORTS.containsKey(tri.strip()) ? "recentes" : tri.strip());
        model.put("employeur", employer == null ? "" : employer);
        model.put("employerName", employer == null ? "" : employers.get(employer).name());
        model.put("statuses", Choices.options(Choices.VACANCY_STATUS));
        model.put("sorts", Choices.options(SORT_LABELS));
        model.put("errors", filters.errors());
        model.put("fieldLabels", FILTER_LABELS);
        Map<String, Object> kept = new java.util.LinkedHashMap<>();
        for (String key : java.util.List.of("q", "metier", "statut", "commune", "unite", "tri", "employeur")) {
            kept.put(key, model.get(key));
        }
        Map<String, Object> withoutEmployer = new java.util.LinkedHashMap<>(kept);
        withoutEmployer.remove("employeur");
        model.put("withoutEmployer", Pager.of(0, 0, 1, WebPaths.VACANCIES, withoutEmployer, "").first());
        if (!filters.errors().isEmpty()) {
            model.put("rows", java.util.List.of());
            model.put("count", "");
            model.put("pager", Pager.of(0, 0, 1, WebPaths.VACANCIES, kept, ""));
            return HttpResponse.badRequest(new ModelAndView<>("vacancies/list", model));
        }
        Page<Vacancy> found = vacancies.list(new VacancySearch(text, employer, occupation, status, communeCode,
                        filters.errors().has("unite") ? null : unit, sort),
                Paging.of(pageNumber, PAGE_SIZE));
        model.put("count", FrenchNumbers.count(found.getTotalSize(), "offre", "offres"));
        model.put("rows", found.getContent().stream().map(v -> VacancyRow.of(v, employerName(v), labels)).toList());
        model.put("pager", Pager.of(found, WebPaths.VACANCIES, kept));
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
