package fr.tremplin.core.ranking;

import fr.tremplin.core.index.GeoPoint;
import fr.tremplin.core.index.IndexSchema.Seeker;
import fr.tremplin.core.index.SeekerIndexView;
import fr.tremplin.core.referential.Commune;
import fr.tremplin.core.referential.Referential;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An adviser's free search over the job-seeker index ({@link FreeSearchQuery}). The same collector as the
 * candidate ranking checks the filters and computes the contributions; only the features the request gives
 * inputs for apply. The text is analysed into plain term queries ({@link TextRelevance}): any input is safe.
 */
final class FreeSearch {

    private static final List<TextRelevance.FieldBoost> TEXT_FIELDS = List.of(
            new TextRelevance.FieldBoost(Seeker.TITLES, 2f), new TextRelevance.FieldBoost(Seeker.SUMMARY, 1f));

    private final Referential referential;
    private final MatchPolicy policy;
    private final Clock clock;
    private final Explainer explainer;

    FreeSearch(Referential referential, MatchPolicy policy, Clock clock) {
        this.referential = referential;
        this.policy = policy;
        this.clock = clock;
        this.explainer = new Explainer(referential);
    }

    RankedPage<CandidateHit> search(IndexSearcher searcher, FreeSearchQuery query) throws IOException {
        validate(query);
        GeoPoint origin = null;
        double maxDistanceKm = Double.POSITIVE_INFINITY;
        if (query.communeInsee() != null) {
            Commune commune = referential.commune(query.communeInsee()).orElseThrow();
            origin = new GeoPoint(commune.lat(), commune.lon());
            maxDistanceKm = query.radiusKm() == null ? Double.POSITIVE_INFINITY : query.radiusKm();
        }
        SeekerPlan.Filters filters = new SeekerPlan.Filters(origin, origin != null, maxDistanceKm,
                query.licences().stream().sorted().map(Licences::satisfying).toList(),
                query.availableBefore() == null ? Long.MAX_VALUE : query.availableBefore().toEpochDay(),
                Set.of(), Set.of(), -1, query.publics(), false, query.unit());

        List<String> occupations = query.occupations().stream().distinct().toList();
        SeekerPlan.Scoring scoring = new SeekerPlan.Scoring(
                occupations.isEmpty() ? null : OccupationTargets.aroundVacancy(referential, occupations),
                WeightedSkills.of(referential, policy, query.skills(), List.of(), true), occupations, 0, Set.of(),
                LocalDate.now(clock));
        String words = query.text().length() > FreeSearchQuery.MAX_TEXT_LENGTH
                ? query.text().substring(0, FreeSearchQuery.MAX_TEXT_LENGTH) : query.text();
        boolean textAsked = !TextRelevance.terms(words, TextRelevance.MAX_STRONG_TERMS, Set.of()).isEmpty();
        TextRelevance text = textAsked ? TextRelevance.of(searcher, words, "", TEXT_FIELDS, List.of(), policy) : null;

        Set<Feature> applicable = EnumSet.of(Feature.WAITING);
        if (scoring.occupations() != null) {
            applicable.add(Feature.OCCUPATION);
            applicable.add(Feature.EXPERIENCE);
        }
        if (scoring.skills() != null) {
            applicable.add(Feature.SKILLS);
        }
        if (origin != null) {
            applicable.add(Feature.DISTANCE);
        }
        if (text != null) {
            applicable.add(Feature.TEXT);
        }
        FeatureWeights weights = new FeatureWeights(policy, applicable);
        Query retrieval = textAsked && text == null
                // the text names words nobody's profile contains: nobody matches it
                ? new MatchNoDocsQuery("no profile contains the searched words")
                : GeoRestriction.restrict(SeekerRetrieval.query(scoring.occupations(),
                        scoring.experienceOccupations(), scoring.skills(), text, weights, policy), searcher, origin,
                        maxDistanceKm);
        SearchSettings search = new SearchSettings(retrieval,
                SeekerRetrieval.boundSlack(weights, policy, scoring.occupations(),
                        scoring.experienceOccupations(), scoring.skills(), text != null), policy, weights, text,
                query.page().exactCounts(), query.page().depth());
        SeekerPlan plan = new SeekerPlan(filters, scoring, search);
        SeekerCollector result = searcher.search(retrieval, SeekerCollector.manager(plan));
        return Pages.candidates(result, plan, query.page(), explainer, Explainer.Perspective.SEARCH);
    }

    private void validate(FreeSearchQuery query) {
        for (String code : query.occupations()) {
            if (!referential.isOccupation(code)) {
                throw new InvalidQueryException("occupations", "Unknown ROME occupation '" + code
                        + "'; use a code such as F1703 (see GET /api/v1/occupations?q=...)");
            }
        }
        for (String code : query.skills()) {
            if (!referential.isSkill(code)) {
                throw new InvalidQueryException("skills", "Unknown ROME skill '" + code
                        + "' (see GET /api/v1/skills?q=...)");
            }
        }
        if (query.communeInsee() != null && !referential.isCommune(query.communeInsee())) {
            throw new InvalidQueryException("communeInsee", "Unknown commune '" + query.communeInsee()
                    + "': give the INSEE code of a commune of the territory");
        }
        if (query.radiusKm() != null) {
            if (query.communeInsee() == null) {
                throw new InvalidQueryException("radiusKm", "A radius needs a place: give communeInsee too");
            }
            if (query.radiusKm() < 1 || query.radiusKm() > SeekerIndexView.MAX_RADIUS_KM) {
                throw new InvalidQueryException("radiusKm", "radiusKm must be between 1 and "
                        + SeekerIndexView.MAX_RADIUS_KM + ", was " + query.radiusKm());
            }
        }
        if (query.licences().size() > CandidateRanker.MAX_LICENCES) {
            throw new InvalidQueryException("licences", "At most " + CandidateRanker.MAX_LICENCES
                    + " licences can be searched at once");
        }
        for (String licence : query.licences()) {
            if (licence == null || licence.isBlank()) {
                throw new InvalidQueryException("licences", "A licence code cannot be blank");
            }
        }
    }
}
