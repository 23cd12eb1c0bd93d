package fr.tremplin.api.web.ranking;

import fr.tremplin.api.matching.MatchDtos.CandidateItem;
import fr.tremplin.api.matching.MatchDtos.ExplanationDto;
import fr.tremplin.api.matching.MatchDtos.MatchPage;
import fr.tremplin.api.matching.MatchDtos.SkillRef;
import fr.tremplin.api.matching.MatchDtos.VacancyItem;
import fr.tremplin.api.matching.MatchingService;
import fr.tremplin.core.ranking.Facets;
import fr.tremplin.data.unit.EmploymentUnit;
import fr.tremplin.data.unit.EmploymentUnitRepository;
import fr.tremplin.data.vacancy.Vacancy;
import fr.tremplin.indexer.IndexNotReadyException;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The ranked panels of the vacancy and person pages, from the same matching service as the API. */
@Singleton
public class MatchingPanels implements CandidateSource, VacancyMatchSource {
    static final int PAGE_SIZE = 20;
    static final String INDEX_NOT_READY = "L'index de recherche est en cours de construction : rechargez la page "
            + "dans quelques secondes.";
    private static final Map<String, String> FACET_LABELS = Map.of(
            Facets.EMPLOYMENT_UNIT, "Unité emploi",
            Facets.PUBLICS, "Publics",
            Facets.DISTANCE, "Distance",
            Facets.PROGRAMMES, "Dispositifs accessibles");

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
            page = matching.candidates(vacancy.id(), filters.strict(), filters.unit(), Math.max(0, filters.page()),
                    PAGE_SIZE);
        } catch (IndexNotReadyException e) {
            return RankedPanel.notYetAvailable(INDEX_NOT_READY);
        }
        Map<String, String> unitNames = unitNames();
        List<CandidateView> items = page.items().stream()
                .map(c -> new CandidateView(c.jobSeekerId(), c.displayName(), c.score(), c.distanceKm(),
                        unitNames.getOrDefault(c.employmentUnit(), c.employmentUnit()), contributions(c.explanation()),
                        labels(c.explanation().matchedSkills()), labels(c.explanation().missingSkills()),
                        c.explanation().eligibility(), false))
                .toList();
        String notice = page.totalExact() ? null : "Plus de " + page.total() + " personnes correspondent : affinez.";
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
        return new RankedPanel<>(true, null, items, page.total(), Map.of());
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

    private static Map<String, Map<String, Long>> facets(Map<String, Map<String, Long>> raw, Map<String, String> unitNames) {
        Map<String, Map<String, Long>> labelled = new LinkedHashMap<>();
        raw.forEach((name, counts) -> {
            if (!FACET_LABELS.containsKey(name) || counts.isEmpty()) {
                return;
            }
            Function<String, String> valueLabel = Facets.EMPLOYMENT_UNIT.equals(name)
                    ? v -> unitNames.getOrDefault(v, v) : Function.identity();
            Map<String, Long> values = new LinkedHashMap<>();
            counts.forEach((value, count) -> values.put(valueLabel.apply(value), count));
            labelled.put(FACET_LABELS.get(name), values);
        });
        return labelled;
    }
}
