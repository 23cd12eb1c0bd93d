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

    private static final List<TextRelevance.FieldBoost> TITLE_FIELDS = List.of(
            new TextRelevance.FieldBoost(Seeker.TITLES, 2f), new TextRelevance.FieldBoost(Seeker.SUMMARY, 1f));
    private static final List<TextRelevance.FieldBoost> DESCRIPTION_FIELDS = List.of(
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
        SeekerCollector result = searcher.search(plan.retrieval, SeekerCollector.manager(plan));
        return Pages.candidates(result, plan, query.page(), explainer, Explainer.Perspective.CANDIDATES);
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
        SeekerPlan plan = new SeekerPlan();
        plan.policy = policy;
        plan.today = today;
        plan.origin = workplace(vacancy);
        plan.withinPersonRadius = true;
        plan.maxDistanceKm = vacancy.maxDistanceKm() > 0 ? vacancy.maxDistanceKm() : Double.POSITIVE_INFINITY;
        plan.licences = vacancy.requiredLicences().stream().sorted().map(Licences::satisfying).toList();
        LocalDate start = vacancy.startDate().isBefore(today) ? today : vacancy.startDate();
        plan.availableBy = start.plusDays(policy.availabilityGraceDays()).toEpochDay();
        plan.programmes = ProgrammeNeeds.of(vacancy.contractType(), vacancy.employerKind(), vacancy.insertionClause());
        plan.strict = query.strict();
        plan.unit = query.unit();
        plan.anyPublic = query.facets().publics();
        plan.programmeFilter = query.facets().programmes();
        plan.distanceBand = query.facets().bandIndex();

        plan.occupations = OccupationTargets.aroundVacancy(referential, List.of(vacancy.occupationCode()));
        plan.skills = WeightedSkills.of(referential, policy, sorted(vacancy.requiredSkills()),
                sorted(vacancy.niceSkills()), false);
        plan.experienceOccupations = List.of(vacancy.occupationCode());
        plan.diplomaRequired = vacancy.minDiplomaLevel();
        plan.priorityPublics = vacancy.insertionClause() ? policy.clausePriorityPublics() : Set.of();
        plan.text = TextRelevance.of(searcher, vacancy.title(), vacancy.description(), TITLE_FIELDS,
                DESCRIPTION_FIELDS, policy);

        Set<Feature> applicable = EnumSet.of(Feature.OCCUPATION, Feature.EXPERIENCE, Feature.DISTANCE, Feature.WAITING);
        if (plan.skills != null) {
            applicable.add(Feature.SKILLS);
        }
        if (plan.text != null) {
            applicable.add(Feature.TEXT);
        }
        if (plan.diplomaRequired > 0) {
            applicable.add(Feature.DIPLOMA);
        }
        if (!plan.priorityPublics.isEmpty()) {
            applicable.add(Feature.PRIORITY_PUBLIC);
        }
        plan.weights = new FeatureWeights(policy, applicable);
        plan.retrieval = GeoRestriction.restrict(
                SeekerRetrieval.query(plan.occupations, plan.skills, null, plan.weights, policy), searcher, plan);
        plan.boundSlack = SeekerRetrieval.boundSlack(plan.weights, policy, plan.skills, false);
        plan.exactCounts = query.page().exactCounts();
        plan.depth = query.page().depth();
        return plan;
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
