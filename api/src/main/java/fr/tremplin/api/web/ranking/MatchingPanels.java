package fr.tremplin.api.web.ranking;

import fr.tremplin.api.matching.MatchDtos.CandidateItem;
import fr.tremplin.api.matching.MatchDtos.ExplanationDto;
import fr.tremplin.api.matching.MatchDtos.MatchPage;
import fr.tremplin.api.matching.MatchDtos.SkillRef;
import fr.tremplin.api.matching.MatchDtos.VacancyItem;
import fr.tremplin.api.matching.MatchingService;
import fr.tremplin.core.ranking.Facets;
import fr.tremplin.core.ranking.PageRequest;
import fr.tremplin.core.wording.FrenchLabels;
import fr.tremplin.core.wording.FrenchNumbers;
import fr.tremplin.data.unit.EmploymentUnit;
import fr.tremplin.data.unit.EmploymentUnitRepository;
import fr.tremplin.data.vacancy.Vacancy;
import fr.tremplin.indexer.IndexNotReadyException;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The ranked panels of the vacancy and person pages, from the same matching service as the API. */
@Singleton
public class MatchingPanels implements CandidateSource, VacancyMatchSource {
    static final int PAGE_SIZE = 20; // the person page's ranked vacancies
    static final String INDEX_NOT_READY = "L'index de recherche est en cours de construction : rechargez la page "
            + "dans quelques secondes.";
    /** The facets of people shown as chips, in this order. */
    private static final List<String> FACETS = List.of(Facets.EMPLOYMENT_UNIT, Facets.PUBLICS, Facets.DISTANCE,
            Facets.PROGRAMMES);

    private final MatchingService matching;
    private final EmploymentUnitRepository units;

    public MatchingPanels(MatchingService matching, EmploymentUnitRepository units) {
        this.matching = matching;
        this.units = units;
    }

    @Override
    public RankedPanel<CandidateView> candidatesFor(Vacancy vacancy, CandidateFilters filters) {
        MatchPage<CandidateItem> page;
        try {
            page = matching.candidates(vacancy.id(), filters.strict(), filters.unit(), filters.facets(),
                    Math.min(filters.page(), PageRequest.MAX_DEPTH / filters.size() - 1), filters.size());
        } catch (IndexNotReadyException e) {
            return RankedPanel.notYetAvailable(INDEX_NOT_READY);
        }
        Map<String, String> unitNames = unitNames();
        List<CandidateView> items = page.items().stream()
                .map(c -> new CandidateView(c.jobSeekerId(), c.displayName(), c.score(), c.distanceKm(),
                        unitNames.getOrDefault(c.employmentUnit(), c.employmentUnit()), contributions(c.explanation()),
                        labels(c.explanation().matchedSkills()), labels(c.explanation().missingSkills()),
                        c.explanation().eligibility(), false, null, false))
                .toList();
        String notice = page.totalExact() ? null
                : "Plus de " + FrenchNumbers.count(page.total(), "personne", "personnes") + " correspondent : affinez.";
        return new RankedPanel<>(true, notice, items, page.total(), facets(page.facets(), unitNames));
    }

    @Override
    public RankedPanel<RankedVacancyView> vacanciesFor(String jobSeekerId) {
        MatchPage<VacancyItem> page;
        try {
            page = matching.vacanciesFor(jobSeekerId, false, 0, PAGE_SIZE);
        } catch (IndexNotReadyException e) {
            return RankedPanel.notYetAvailable(INDEX_NOT_READY);
        }
        List<RankedVacancyView> items = page.items().stream()
                .map(v -> new RankedVacancyView(v.vacancyId(), v.title(), v.employerName(), v.score(), v.distanceKm(),
                        contributions(v.explanation()), labels(v.explanation().matchedSkills()),
                        labels(v.explanation().missingSkills())))
                .toList();
        return new RankedPanel<>(true, null, items, page.total(), List.of());
    }

    private static List<Contribution> contributions(ExplanationDto e) {
        return e.contributions().stream().map(c -> new Contribution(c.label(), c.value())).toList();
    }

    private static List<String> labels(List<SkillRef> skills) {
        return skills.stream().map(SkillRef::label).toList();
    }

    private Map<String, String> unitNames() {
        return units.findAllOrderByCode().stream()
                .collect(Collectors.toMap(EmploymentUnit::code, EmploymentUnit::name));
    }

    private static List<FacetGroup> facets(Map<String, Map<String, Long>> raw, Map<String, String> unitNames) {
        List<FacetGroup> groups = new ArrayList<>();
        for (String name : FACETS) {
            Map<String, Long> counts = raw.getOrDefault(name, Map.of());
            if (counts.values().stream().allMatch(c -> c == 0)) {
                continue;
            }
            List<FacetGroup.Value> values = new ArrayList<>();
            counts.forEach((code, count) -> {
                if (count > 0) {
                    values.add(new FacetGroup.Value(code, Facets.EMPLOYMENT_UNIT.equals(name)
                            ? unitNames.getOrDefault(code, code) : FrenchLabels.facetValue(name, code), count));
                }
            });
            groups.add(new FacetGroup(name, FrenchLabels.facet(name), values));
        }
        return groups;
    }
}
