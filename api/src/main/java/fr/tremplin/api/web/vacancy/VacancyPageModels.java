package fr.tremplin.api.web.vacancy;

import fr.tremplin.api.security.CurrentUser;
import fr.tremplin.api.web.ranking.CandidateFilters;
import fr.tremplin.api.web.ranking.CandidateSource;
import fr.tremplin.api.web.ranking.CandidateView;
import fr.tremplin.api.web.ranking.RankedPanel;
import fr.tremplin.api.web.referential.Labels;
import fr.tremplin.data.employer.EmployerService;
import fr.tremplin.data.user.Role;
import fr.tremplin.data.vacancy.Vacancy;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The model of the vacancy page ({@code vacancies/show}): shared by the page itself and by the shortlist form it
 * holds, which shows the page again, with what was ticked and typed, when the shortlist cannot be created.
 */
@Singleton
public class VacancyPageModels {
    private final EmployerService employers;
    private final Labels labels;
    private final CandidateSource candidates;

    public VacancyPageModels(EmployerService employers, Labels labels, CandidateSource candidates) {
        this.employers = employers;
        this.labels = labels;
        this.candidates = candidates;
    }

    /**
     * @param selected the people already ticked for the shortlist (kept when the page is shown again)
     */
    public Map<String, Object> of(Vacancy vacancy, CurrentUser user, boolean strict, @Nullable String unite, int page,
                                  Collection<String> selected) {
        Map<String, Object> model = new HashMap<>();
        model.put("vacancy", VacancyView.of(vacancy, employers.get(vacancy.employerId()), labels));
        model.put("canEdit", user.role() != Role.UNIT_MANAGER);
        model.put("canSelect", user.role() == Role.ADVISER);
        model.put("strict", strict);
        model.put("unite", unite == null ? "" : unite);
        model.put("page", Math.max(page, 0));
        model.put("units", labels.units());
        model.put("saved", false);
        model.put("note", "");
        model.put("personErrors", Map.of());
        if (!user.isEmployer()) {
            RankedPanel<CandidateView> panel = candidates.candidatesFor(vacancy,
                    new CandidateFilters(strict, unite == null || unite.isBlank() ? null : unite, Math.max(page, 0)));
            if (!selected.isEmpty()) {
                panel = new RankedPanel<>(panel.available(), panel.notice(), panel.items().stream()
                        .map(c -> selected.contains(c.jobSeekerId()) ? new CandidateView(c.jobSeekerId(),
                                c.displayName(), c.score(), c.distanceKm(), c.unit(), c.contributions(),
                                c.matchedSkills(), c.missingSkills(), c.eligibility(), true) : c)
                        .toList(), panel.total(), panel.facets());
            }
            model.put("candidates", panel);
        }
        return model;
    }
}
