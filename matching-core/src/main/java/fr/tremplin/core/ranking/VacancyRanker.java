package fr.tremplin.core.ranking;

import fr.tremplin.core.index.GeoPoint;
import fr.tremplin.core.index.IndexSchema.Vacancy;
import fr.tremplin.core.index.SeekerIndexView;
import fr.tremplin.core.index.Experience;
import fr.tremplin.core.referential.Commune;
import fr.tremplin.core.referential.JobTitle;
import fr.tremplin.core.referential.Occupation;
import fr.tremplin.core.referential.Referential;
import fr.tremplin.core.seeker.Public;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks the vacancies of the vacancy index for one person, with the same features as the candidate
 * ranking seen from the other side. Hard filters: OPEN with at least one position; the workplace within the
 * person's radius and within the vacancy's own limit; every required licence held; the person available by
 * the start date (or today if past) plus the grace; eligible to the programmes the contract needs; with
 * {@code strict}, every must-have skill held. The person's own status and consent are the caller's concern.
 */
final class VacancyRanker {

    static final List<TextRelevance.FieldBoost> STRONG_FIELDS = List.of(
            new TextRelevance.FieldBoost(Vacancy.TITLE, 2f), new TextRelevance.FieldBoost(Vacancy.DESCRIPTION, 1f));
    static final List<TextRelevance.FieldBoost> WEAK_FIELDS = List.of(
            new TextRelevance.FieldBoost(Vacancy.TITLE, 0.5f), new TextRelevance.FieldBoost(Vacancy.DESCRIPTION, 0.5f));

    private final Referential referential;
    private final MatchPolicy policy;
    private final Clock clock;
    private final Explainer explainer;

    VacancyRanker(Referential referential, MatchPolicy policy, Clock clock) {
        this.referential = referential;
        this.policy = policy;
        this.clock = clock;
        this.explainer = new Explainer(referential);
    }

    RankedPage<VacancyHit> rank(IndexSearcher searcher, VacancyQuery query) throws IOException {
        VacancyPlan plan = plan(searcher, query);
        VacancyCollector result = searcher.search(plan.search().retrieval(), VacancyCollector.manager(plan));
        return Pages.vacancies(result, plan, query.page(), explainer);
    }

    private VacancyPlan plan(IndexSearcher searcher, VacancyQuery query) throws IOException {
        SeekerIndexView seeker = query.seeker();
        VacancyPlan.Person person = person(seeker);
        OccupationTargets occupations = occupations(seeker);
        TextRelevance text = TextRelevance.of(searcher, titles(seeker), seeker.summary(), STRONG_FIELDS, WEAK_FIELDS,
                policy);

        Set<Feature> applicable = EnumSet.of(Feature.SKILLS, Feature.EXPERIENCE, Feature.DISTANCE, Feature.DIPLOMA);
        if (occupations != null) {
            applicable.add(Feature.OCCUPATION);
        }
        if (text != null) {
            applicable.add(Feature.TEXT);
        }
        if (!person.priorityPublics().isEmpty()) {
            applicable.add(Feature.PRIORITY_PUBLIC);
        }
        FeatureWeights weights = new FeatureWeights(policy, applicable);
        double slack = weights.of(Feature.OCCUPATION) * policy.sameGrandDomainLevel();
        for (Feature feature : Feature.values()) {
            if (feature != Feature.OCCUPATION) {
                slack += weights.of(feature);
            }
        }
        SearchSettings search = new SearchSettings(retrieval(occupations, weights, person.skills()), slack, policy,
                weights, text, query.page().exactCounts(), query.page().depth());
        return new VacancyPlan(person, query.strict(), today(), occupations,
                code -> WeightedSkills.rarity(referential, policy, code), search);
    }

    /** The person's side of the filters and of the scoring. */
    VacancyPlan.Person person(SeekerIndexView seeker) {
        Map<String, Integer> months = new LinkedHashMap<>();
        for (Experience experience : seeker.experiences()) {
            months.merge(experience.occupationCode(), experience.months(), Integer::sum);
        }
        List<Public> boosted = new ArrayList<>();
        for (Public p : Public.values()) {
            if (seeker.publics().contains(p) && policy.clausePriorityPublics().contains(p)) {
                boosted.add(p);
            }
        }
        return new VacancyPlan.Person(home(seeker), seeker.radiusKm(), seeker.licences(),
                seeker.availableFrom().minusDays(policy.availabilityGraceDays()).toEpochDay(), seeker.programmes(),
                seeker.eligibility(), seeker.skills().stream().sorted().toList(), Map.copyOf(months),
                seeker.diplomaLevel(), List.copyOf(boosted));
    }

    /** The vacancy occupations around the person's targets and experience; null when the person has none. */
    OccupationTargets occupations(SeekerIndexView seeker) {
        List<String> experienced = seeker.experiences().stream().map(Experience::occupationCode).distinct().toList();
        boolean hasOccupation = !seeker.targetOccupations().isEmpty() || !experienced.isEmpty();
        return hasOccupation ? OccupationTargets.aroundPerson(referential, seeker.targetOccupations(), experienced) : null;
    }

    /** Today, as the ranking's start-date filter reads it (epoch day). */
    long today() {
        return LocalDate.now(clock).toEpochDay();
    }

    /**
     * Vacancies with an occupation in common (same, close or evolution mobility, same professional domain),
     * scored with exactly their occupation contribution, or with a specific skill of the person (scored 0: a
     * vacancy's skill coverage depends on all of its skills, so it is bounded by the slack instead).
     */
    Query retrieval(OccupationTargets occupations, FeatureWeights weights, List<String> skills) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        int clauses = 0;
        if (occupations != null) {
            double weight = weights.of(Feature.OCCUPATION);
            List<Query> levels = new ArrayList<>();
            for (OccupationRelation relation : List.of(OccupationRelation.SAME_TARGET, OccupationRelation.SAME_EXPERIENCE,
                    OccupationRelation.CLOSE, OccupationRelation.EVOLUTION)) {
                Set<String> codes = occupations.codesAt(relation);
                if (!codes.isEmpty()) {
                    Query same = new ConstantScoreQuery(new TermInSetQuery(Vacancy.OCCUPATION, SeekerRetrieval.bytes(codes)));
                    levels.add(new BoostQuery(same, (float) (weight * relation.level(policy))));
                }
            }
            if (!occupations.domains().isEmpty()) {
                Query domain = new ConstantScoreQuery(new TermInSetQuery(Vacancy.DOMAIN,
                        SeekerRetrieval.bytes(occupations.domains())));
                levels.add(new BoostQuery(domain, (float) (weight * OccupationRelation.DOMAIN.level(policy))));
            }
            builder.add(new DisjunctionMaxQuery(levels, 0f), BooleanClause.Occur.SHOULD);
            clauses++;
        }
        for (String skill : skills) {
            if (!WeightedSkills.isSpecific(referential, policy, skill)) {
                continue;
            }
            for (String field : List.of(Vacancy.REQUIRED_SKILL, Vacancy.NICE_SKILL)) {
                builder.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(field, skill))), 0f),
                        BooleanClause.Occur.SHOULD);
                clauses++;
            }
        }
        return clauses == 0 ? new MatchNoDocsQuery("the person has no occupation or skill")
                : builder.build();
    }

    private GeoPoint home(SeekerIndexView seeker) {
        if (seeker.home() != null) {
            return seeker.home();
        }
        Commune commune = referential.commune(seeker.communeInsee()).orElseThrow(() -> new InvalidQueryException(
                "communeInsee", "Seeker " + seeker.id() + ": unknown commune '" + seeker.communeInsee() + "'"));
        return new GeoPoint(commune.lat(), commune.lon());
    }

    /** The person's job-title labels and target occupation labels: the strong side of the text relevance. */
    private String titles(SeekerIndexView seeker) {
        List<String> titles = new ArrayList<>();
        seeker.jobTitles().forEach(code -> referential.jobTitle(code).map(JobTitle::label).ifPresent(titles::add));
        seeker.targetOccupations().forEach(code -> referential.occupation(code).map(Occupation::label)
                .ifPresent(titles::add));
        return String.join(" ; ", titles);
    }
}
