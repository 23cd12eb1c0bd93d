package fr.tremplin.core.ranking;

import fr.tremplin.core.index.IndexSchema.Seeker;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The retrieval query over the job-seeker index: the people who share something with the query, scored with
 * exactly their occupation and skill contributions (constant-score clauses boosted by effective weight ×
 * level, or × skill weight / total) plus, for who has some experience in the occupations scored, the most the
 * experience can give; so the Lucene score plus the weights of the other features bounds the final score. The
 * scored set is restricted to people with at least one occupation in common (the same, a ROME close or evolution
 * mobility, or the same professional domain) or one specific skill in common (not a transversal one, see
 * {@link MatchPolicy#commonSkillOccupations()}), plus, in a free search, those matching the text; people sharing
 * only a grand domain or a transversal skill are not retrieved.
 */
final class SeekerRetrieval {

    /** The occupation levels retrieved from the people's target and experience occupations. */
    private static final List<OccupationRelation> HELD_LEVELS = List.of(OccupationRelation.SAME_TARGET,
            OccupationRelation.CLOSE, OccupationRelation.EVOLUTION);

    private SeekerRetrieval() {
    }

    /**
     * @param text a free search's text, part of the retrieval; {@code null} for none
     * @return the query, and whether it scores the occupation, skill and text features
     */
    static Query query(OccupationTargets occupations, List<String> experienced, WeightedSkills skills,
                       TextRelevance text, FeatureWeights weights, MatchPolicy policy) {
        return query(clauses(occupations, experienced, skills, weights, policy), occupations != null, text, weights);
    }

    /**
     * The retrieval of a vacancy's candidates (no text): {@link #query} evaluated term at a time in the segments small
     * enough for it ({@link TermAtATimeRetrieval}), from the same clauses.
     */
    static Query candidates(OccupationTargets occupations, List<String> experienced, WeightedSkills skills,
                            FeatureWeights weights, MatchPolicy policy) {
        List<TermAtATimeRetrieval.Clause> clauses = clauses(occupations, experienced, skills, weights, policy);
        Query same = query(clauses, occupations != null, null, weights);
        return clauses.isEmpty() ? same : new TermAtATimeRetrieval(clauses, same);
    }

    /**
     * The scored clauses, in one place for both evaluations: the occupation levels (the best one counts: same target,
     * close, evolution, from the people's target and experience occupations; the professional domain), then each
     * retrieving skill and the experience (they add up).
     */
    private static List<TermAtATimeRetrieval.Clause> clauses(OccupationTargets occupations, List<String> experienced,
                                                             WeightedSkills skills, FeatureWeights weights,
                                                             MatchPolicy policy) {
        List<TermAtATimeRetrieval.Clause> clauses = new ArrayList<>();
        if (occupations != null) {
            double weight = weights.of(Feature.OCCUPATION);
            for (OccupationRelation relation : HELD_LEVELS) {
                Collection<String> codes = occupations.codesAt(relation);
                if (!codes.isEmpty()) {
                    clauses.add(new TermAtATimeRetrieval.Clause(List.of(
                            new TermAtATimeRetrieval.FieldTerms(Seeker.TARGET_OCCUPATION, bytes(codes)),
                            new TermAtATimeRetrieval.FieldTerms(Seeker.EXPERIENCE_OCCUPATION, bytes(codes))),
                            (float) (weight * relation.level(policy)), true));
                }
            }
            if (!occupations.domains().isEmpty()) {
                clauses.add(new TermAtATimeRetrieval.Clause(List.of(
                        new TermAtATimeRetrieval.FieldTerms(Seeker.DOMAIN, bytes(occupations.domains()))),
                        (float) (weight * OccupationRelation.DOMAIN.level(policy)), true));
            }
        }
        if (skills != null) {
            double weight = weights.of(Feature.SKILLS);
            for (int i = 0; i < skills.size(); i++) {
                if (skills.retrieves(i)) {
                    clauses.add(new TermAtATimeRetrieval.Clause(List.of(new TermAtATimeRetrieval.FieldTerms(
                            Seeker.SKILL, List.of(new BytesRef(skills.code(i))))),
                            (float) (weight * skills.weight(i) / skills.total()), false));
                }
            }
        }
        if (scoresExperience(occupations, experienced) && weights.of(Feature.EXPERIENCE) > 0) {
            // the most the experience can give, to the people with some experience in the occupations scored: the
            // others' bound then leaves it out (they are all retrieved by the same-occupation level already)
            clauses.add(new TermAtATimeRetrieval.Clause(List.of(new TermAtATimeRetrieval.FieldTerms(
                    Seeker.EXPERIENCE_OCCUPATION, bytes(experienced))),
                    (float) weights.of(Feature.EXPERIENCE), false));
        }
        return clauses;
    }

    /**
     * Whether the retrieval scores the experience's upper bound: when every occupation whose months count is at the
     * same-occupation level, so that the experience clause retrieves nobody the occupation levels do not (a person
     * has months in an occupation only with that occupation among their experiences).
     */
    static boolean scoresExperience(OccupationTargets occupations, List<String> experienced) {
        return occupations != null && !experienced.isEmpty()
                && occupations.codesAt(OccupationRelation.SAME_TARGET).containsAll(experienced);
    }

    /**
     * The clauses as a Lucene query (document at a time): the occupation levels in one disjunction-max clause (kept,
     * empty, when the query has occupations but no level), each skill a clause, and the free search's text.
     */
    private static Query query(List<TermAtATimeRetrieval.Clause> clauses, boolean occupations, TextRelevance text,
                               FeatureWeights weights) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        int count = 0;
        if (occupations) {
            List<Query> levels = clauses.stream().filter(TermAtATimeRetrieval.Clause::max)
                    .map(SeekerRetrieval::scored).toList();
            builder.add(new DisjunctionMaxQuery(levels, 0f), BooleanClause.Occur.SHOULD);
            count++;
        }
        for (TermAtATimeRetrieval.Clause clause : clauses) {
            if (!clause.max()) {
                builder.add(scored(clause), BooleanClause.Occur.SHOULD);
                count++;
            }
        }
        if (text != null) {
            builder.add(new BoostQuery(text.query(), (float) (weights.of(Feature.TEXT) / text.normaliser())),
                    BooleanClause.Occur.SHOULD);
            count++;
        }
        if (count == 0) {
            return new BoostQuery(new ConstantScoreQuery(MatchAllDocsQuery.INSTANCE), 0f);
        }
        return builder.build();
    }

    /** One clause as a constant-score query: any of its terms, its score. */
    private static Query scored(TermAtATimeRetrieval.Clause clause) {
        List<Query> fields = clause.terms().stream().map(f -> f.terms().size() == 1
                ? (Query) new TermQuery(new Term(f.field(), f.terms().getFirst()))
                : new TermInSetQuery(f.field(), f.terms())).toList();
        Query any = fields.size() == 1 ? fields.getFirst() : anyOf(fields);
        return new BoostQuery(new ConstantScoreQuery(any), clause.score());
    }

    private static Query anyOf(List<Query> queries) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        queries.forEach(q -> builder.add(q, BooleanClause.Occur.SHOULD));
        return builder.build();
    }

    /** How much the features this query does not score can add on top of its Lucene score. */
    static double boundSlack(FeatureWeights weights, MatchPolicy policy, OccupationTargets occupations,
                             List<String> experienced, WeightedSkills skills, boolean textRetrieved) {
        double slack = 0;
        for (Feature feature : Feature.values()) {
            boolean scored = feature == Feature.OCCUPATION || feature == Feature.SKILLS
                    || (feature == Feature.TEXT && textRetrieved)
                    || (feature == Feature.EXPERIENCE && scoresExperience(occupations, experienced));
            if (!scored) {
                slack += weights.of(feature);
            }
        }
        // the grand domain and the transversal skills are scored but not retrieved
        double skillSlack = skills == null ? 0 : weights.of(Feature.SKILLS) * skills.nonRetrievingShare();
        return slack + weights.of(Feature.OCCUPATION) * policy.sameGrandDomainLevel() + skillSlack;
    }

    static List<BytesRef> bytes(Collection<String> codes) {
        return codes.stream().map(BytesRef::new).toList();
    }
}
