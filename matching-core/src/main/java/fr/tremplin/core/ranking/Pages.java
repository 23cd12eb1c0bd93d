package fr.tremplin.core.ranking;

import java.util.ArrayList;
import java.util.List;

/** Cuts the requested page out of the top hits and explains its hits. */
final class Pages {

    private Pages() {
    }

    static RankedPage<CandidateHit> candidates(SeekerCollector result, SeekerPlan plan, PageRequest page,
                                               Explainer explainer, Explainer.Perspective perspective) {
        List<CandidateHit> hits = new ArrayList<>();
        for (HitData hit : slice(result.hits(), page)) {
            hits.add(new CandidateHit(hit.id(), hit.score(), Double.isNaN(hit.distanceKm()) ? null : hit.distanceKm(),
                    explainer.explain(hit, plan.search().weights(), perspective)));
        }
        return new RankedPage<>(hits, result.total(), page.exactCounts(), page.page(), page.size(), result.facets());
    }

    static RankedPage<VacancyHit> vacancies(VacancyCollector result, VacancyPlan plan, PageRequest page,
                                            Explainer explainer) {
        List<VacancyHit> hits = new ArrayList<>();
        for (HitData hit : slice(result.hits(), page)) {
            hits.add(new VacancyHit(hit.id(), hit.score(), hit.distanceKm(),
                    explainer.explain(hit, plan.search().weights(), Explainer.Perspective.VACANCIES)));
        }
        return new RankedPage<>(hits, result.total(), page.exactCounts(), page.page(), page.size(), result.facets());
    }

    private static List<HitData> slice(List<HitData> sorted, PageRequest page) {
        int from = Math.min(sorted.size(), page.page() * page.size());
        int to = Math.min(sorted.size(), from + page.size());
        return sorted.subList(from, to);
    }
}
