package fr.tremplin.core.ranking;

import fr.tremplin.core.index.GeoPoint;
import fr.tremplin.core.index.IndexSchema.Seeker;
import fr.tremplin.core.index.VacancyIndexView;
import fr.tremplin.core.referential.Commune;
import fr.tremplin.core.referential.Referential;
import org.apache.lucene.search.IndexSearcher;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Ranks the people of the job-seeker index for one vacancy. Hard filters (never violated): ACTIVE and
 * consenting; the workplace within the person's own radius and within the vacancy's limit if it sets one;
 * every required licence held; available by the start date (or today if it has passed) plus the grace;
 * eligible to the programmes the contract needs ({@link ProgrammeNeeds}); with {@code strict}, every
 * must-have skill held; with a unit, followed by that unit.
 */
final class CandidateRanker {

    static final List<TextRelevance.FieldBoost> TITLE_FIELDS = List.of(
            new TextRelevance.FieldBoost(Seeker.TITLES, 2f), new TextRelevance.FieldBoost(Seeker.SUMMARY, 1f));
    static final List<TextRelevance.FieldBoost> DESCRIPTION_FIELDS = List.of(
            new TextRelevance.FieldBoost(Seeker.TITLES, 0.5f), new TextRelevance.FieldBoost(Seeker.SUMMARY, 0.5f));

    /** Required licences are matched as bits of an int. */
    static final int MAX_LICENCES = 30;

    private final Referential referential;
    private final MatchPolicy policy;
    private final Clock clock;
    private final Explainer explainer;

    CandidateRanker(Referential referential, MatchPolicy policy, Clock clock) {
        this.referential = referential;
        this.policy = policy;
        this.clock = clock;
        this.explainer = new Explainer(referential);
    }

    RankedPage<CandidateHit> rank(IndexSearcher searcher, CandidateQuery query) throws IOException {
        SeekerPlan plan = plan(searcher, query);
        SeekerCollector result = collect(searcher, plan);
        return Pages.candidates(result, plan, query.page(), explainer, Explainer.Perspective.CANDIDATES);
    }

    /** How many people the ranking of this query scores from their features (the tests of its bounds). */
    long exactScorings(IndexSearcher searcher, CandidateQuery query) throws IOException {
        return collect(searcher, plan(searcher, query)).exactScorings();
    }

    private static SeekerCollector collect(IndexSearcher searcher, SeekerPlan plan) throws IOException {
        return searcher.search(plan.search().retrieval(), SeekerCollector.manager(plan));
    }

    /** The retrieval query {@link #rank} searches with (see {@link Ranking#candidateRetrieval}). */
    org.apache.lucene.search.Query retrieval(IndexSearcher searcher, CandidateQuery query) throws IOException {
        return plan(searcher, query).search().retrieval();
    }

    private SeekerPlan plan(IndexSearcher searcher, CandidateQuery query) throws IOException {
        VacancyIndexView vacancy = query.vacancy();
        if (!referential.isOccupation(vacancy.occupationCode())) {
            throw new InvalidQueryException("occupation", "Vacancy " + vacancy.id() + ": unknown ROME occupation '"
                    + vacancy.occupationCode() + "'");
        }
        if (vacancy.requiredLicences().size() > MAX_LICENCES) {
            throw new InvalidQueryException("requiredLicences", "Vacancy " + vacancy.id() + " requires "
                    + vacancy.requiredLicences().size() + " licences; at most " + MAX_LICENCES + " can be matched");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate start = vacancy.startDate().isBefore(today) ? today : vacancy.startDate();
        SeekerPlan.Filters filters = new SeekerPlan.Filters(workplace(vacancy), true,
                vacancy.maxDistanceKm() > 0 ? vacancy.maxDistanceKm() : Double.POSITIVE_INFINITY,
                vacancy.requiredLicences().stream().sorted().map(Licences::satisfying).toList(),
                start.plusDays(policy.availabilityGraceDays()).toEpochDay(),
                ProgrammeNeeds.of(vacancy.contractType(), vacancy.employerKind(), vacancy.insertionClause()),
                query.facets().programmes(), query.facets().bandIndex(), query.facets().publics(), query.strict(),
                query.unit());
        SeekerPlan.Scoring scoring = new SeekerPlan.Scoring(
                OccupationTargets.aroundVacancy(referential, List.of(vacancy.occupationCode())),
                WeightedSkills.of(referential, policy, sorted(vacancy.requiredSkills()), sorted(vacancy.niceSkills()),
                        false),
                List.of(vacancy.occupationCode()), vacancy.minDiplomaLevel(),
                vacancy.insertionClause() ? policy.clausePriorityPublics() : Set.of(), today);
        TextRelevance text = TextRelevance.ofVacancy(searcher, vacancy.title(), vacancy.description(), TITLE_FIELDS,
                DESCRIPTION_FIELDS, policy);

        Set<Feature> applicable = EnumSet.of(Feature.OCCUPATION, Feature.EXPERIENCE, Feature.DISTANCE, Feature.WAITING);
        if (scoring.skills() != null) {
            applicable.add(Feature.SKILLS);
        }
        if (text != null) {
            applicable.add(Feature.TEXT);
        }
        if (scoring.diplomaRequired() > 0) {
            applicable.add(Feature.DIPLOMA);
        }
        if (!scoring.priorityPublics().isEmpty()) {
            applicable.add(Feature.PRIORITY_PUBLIC);
        }
        FeatureWeights weights = new FeatureWeights(policy, applicable);
        SearchSettings search = new SearchSettings(
                GeoRestriction.reachable(retrievalOf(scoring, weights, query.page().exactCounts()), searcher,
                        filters.origin(), filters.maxDistanceKm()),
                SeekerRetrieval.boundSlack(weights, policy, scoring.occupations(),
                        scoring.experienceOccupations(), scoring.skills(), false), policy, weights, text,
                query.page().exactCounts(), query.page().depth());
        return new SeekerPlan(filters, scoring, search);
    }

    /**
     * With exact counts every retrieved person is visited: read term at a time. Without, Lucene's own disjunction
     * can skip the people who cannot reach the page.
     */
    private org.apache.lucene.search.Query retrievalOf(SeekerPlan.Scoring scoring, FeatureWeights weights,
                                                     boolean exactCounts) {
        return exactCounts ? SeekerRetrieval.candidates(scoring.occupations(), scoring.experienceOccupations(),
                scoring.skills(), weights, policy)
                : SeekerRetrieval.query(scoring.occupations(), scoring.experienceOccupations(), scoring.skills(), null,
                weights, policy);
    }

    private GeoPoint workplace(VacancyIndexView vacancy) {
        if (vacancy.workplace() != null) {
            return vacancy.workplace();
        }
        Commune commune = referential.commune(vacancy.communeInsee()).orElseThrow(() -> new InvalidQueryException(
                "communeInsee", "Vacancy " + vacancy.id() + ": unknown commune '" + vacancy.communeInsee() + "'"));
        return new GeoPoint(commune.lat(), commune.lon());
    }

    /** Sorted codes, so that equal requests build equal plans whatever the set order. */
    private static List<String> sorted(Set<String> codes) {
        return codes.stream().sorted().toList();
    }
}
