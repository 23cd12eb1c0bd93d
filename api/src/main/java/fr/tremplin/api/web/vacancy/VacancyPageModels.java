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
import fr.tremplin.api.web.ranking.RankingLinks;
import fr.tremplin.data.shortlist.CandidateRules;
import fr.tremplin.data.shortlist.PriorProposal;
import fr.tremplin.data.shortlist.PriorProposals;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
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
    private final PriorProposals priors;
    private final CandidateRules rules;

    public VacancyPageModels(EmployerService employers, Labels labels, CandidateSource candidates,
                             PriorProposals priors, CandidateRules rules) {
        this.priors = priors;
        this.rules = rules;
        this.employers = employers;
        this.labels = labels;
        this.candidates = candidates;
    }

    /**
     * @param filters  the filters, facets and page of the ranked candidates
     * @param selected the people already ticked for the shortlist (kept when the page is shown again)
     */
    public Map<String, Object> of(Vacancy vacancy, CurrentUser user, CandidateFilters filters,
                                  Collection<String> selected) {
        Map<String, Object> model = new HashMap<>();
        model.put("vacancy", VacancyView.of(vacancy, employers.get(vacancy.employerId()), labels));
        model.put("canEdit", user.role() != Role.UNIT_MANAGER);
        model.put("canSelect", user.role() == Role.ADVISER);
        model.put("strict", filters.strict());
        model.put("unite", filters.unit() == null ? "" : filters.unit());
        model.put("page", filters.page());
        model.put("size", filters.size());
        model.put("sizes", CandidateFilters.SIZES);
        model.put("units", labels.units());
        model.put("saved", false);
        model.put("note", "");
        model.put("personErrors", Map.of());
        model.put("repeats", List.of());
        if (!user.isEmployer()) {
            RankedPanel<CandidateView> panel = candidates.candidatesFor(vacancy, filters);
            Map<String, PriorProposal> prior = priors.of(vacancy.id(), vacancy.employerId(),
                    panel.items().stream().map(CandidateView::jobSeekerId).toList());
            Set<String> open = panel.items().isEmpty() ? Set.of() : priors.openOn(vacancy.id());
            panel = panel.withItems(panel.items().stream()
                    .map(c -> c.marked(prior.containsKey(c.jobSeekerId())
                                    ? capitalised(rules.describe(prior.get(c.jobSeekerId()))) : null,
                            open.contains(c.jobSeekerId())))
                    .map(c -> c.selected(selected.contains(c.jobSeekerId())))
                    .toList());
            model.put("candidates", panel);
            model.put("links", new RankingLinks("/offres/" + vacancy.id(), filters, panel.total()));
        }
        return model;
    }

    /** "a déjà été proposée…" → "A déjà été proposée…", as a sentence under the name. */
    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
