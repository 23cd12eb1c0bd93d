package fr.tremplin.core.ranking;

import fr.tremplin.core.index.IndexSchema;
import fr.tremplin.core.index.IndexSchema.Vacancy;
import fr.tremplin.core.index.SeekerIndexView;
import fr.tremplin.core.referential.Referential;
import fr.tremplin.core.referential.Skill;
import fr.tremplin.core.vacancy.VacancyStatus;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What gaining one skill, certificate or licence would open to a person (docs/adviser-intelligence.md): over
 * the open vacancies near the person (a Lucene query: status OPEN and the workplace within the radius), the
 * ranking's own hard filters ({@link VacancyFilters}) and retrieval query decide; a vacancy counts for an item
 * when the item is the only requirement the person misses (required licences and must-have skills, read
 * strictly) and the vacancy would then be in the person's ranking.
 */
final class TrainingCounter {

    private static final Term OPEN = new Term(Vacancy.STATUS, VacancyStatus.OPEN.name());
    /** Margin added to the radius of the pre-filter, so that the exact check ({@link Reach}) alone decides. */
    private static final double MARGIN_KM = 1;

    private final Referential referential;
    private final MatchPolicy policy;
    private final VacancyRanker ranker;

    TrainingCounter(Referential referential, MatchPolicy policy, VacancyRanker ranker) {
        this.referential = referential;
        this.policy = policy;
        this.ranker = ranker;
    }

    List<TrainingLine> lines(IndexSearcher searcher, SeekerIndexView seeker) throws IOException {
        VacancyPlan.Person person = ranker.person(seeker);
        Query retrieval = ranker.retrieval(ranker.occupations(seeker),
                new FeatureWeights(policy, EnumSet.of(Feature.OCCUPATION, Feature.SKILLS)), person.skills());
        Weight retrieved = searcher.createWeight(searcher.rewrite(retrieval), ScoreMode.COMPLETE_NO_SCORES, 1f);
        Query near = new BooleanQuery.Builder()
                .add(new TermQuery(OPEN), BooleanClause.Occur.FILTER)
                .add(LatLonPoint.newDistanceQuery(Vacancy.WORKPLACE, person.home().lat(), person.home().lon(),
                        (person.radiusKm() + MARGIN_KM) * 1000), BooleanClause.Occur.FILTER)
                .build();
        long today = ranker.today();
        Tally tally = searcher.search(near, new CollectorManager<Tally, Tally>() {
            @Override
            public Tally newCollector() {
                return new Tally(person, today, retrieved);
            }

            @Override
            public Tally reduce(Collection<Tally> tallies) {
                Tally merged = new Tally(person, today, retrieved);
                tallies.forEach(merged::addAll);
                return merged;
            }
        });
        List<TrainingLine> lines = new ArrayList<>(tally.items.size());
        for (Item item : tally.items.values()) {
            if (item.count > 0) { // an item that unlocks nothing on its own is not a line
                lines.add(item.line(seeker));
            }
        }
        lines.sort(TrainingRules.ORDER);
        return lines;
    }

    /** One missing item and the vacancies it unlocks. */
    private final class Item {
        final TrainingKind kind;
        final String code;
        /** A required licence (else a required skill). */
        final boolean licence;
        int count;
        /** Vacancies that require it and pass the other hard filters (retrieved with it), whatever else they miss. */
        int required;
        boolean geiqSector;
        /** The nearest vacancies, by distance then id. */
        final List<Example> examples = new ArrayList<>(TrainingRules.EXAMPLES + 1);

        Item(TrainingKind kind, String code, boolean licence) {
            this.kind = kind;
            this.code = code;
            this.licence = licence;
        }

        void add(double distanceKm, String id, boolean geiq) {
            count++;
            geiqSector |= geiq;
            offer(new Example(distanceKm, id));
        }

        void offer(Example example) {
            examples.add(example);
            examples.sort(Example.ORDER);
            if (examples.size() > TrainingRules.EXAMPLES) {
                examples.removeLast();
            }
        }

        void addAll(Item other) {
            count += other.count;
            required += other.required;
            geiqSector |= other.geiqSector;
            other.examples.forEach(this::offer);
        }

        TrainingLine line(SeekerIndexView seeker) {
            String label = licence ? TrainingRules.licenceLabel(code)
                    : referential.skill(code).map(Skill::label).orElse(code);
            return new TrainingLine(kind, code, label, count, required, TrainingRules.routes(seeker.programmes(), geiqSector),
                    examples.stream().map(Example::id).toList());
        }
    }

    private record Example(double distanceKm, String id) {
        static final Comparator<Example> ORDER = Comparator.comparingDouble(Example::distanceKm)
                .thenComparing(Example::id);
    }

    /** The items of one search slice, then of all of them. */
    private final class Tally implements Collector {
        private final VacancyPlan.Person person;
        private final long today;
        private final Weight retrieval;
        final Map<String, Item> items = new HashMap<>();

        Tally(VacancyPlan.Person person, long today, Weight retrieval) {
            this.person = person;
            this.today = today;
            this.retrieval = retrieval;
        }

        void addAll(Tally other) {
            other.items.forEach((key, item) -> items.computeIfAbsent(key, k -> new Item(item.kind, item.code, item.licence))
                    .addAll(item));
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            VacancyScoring.Facts facts = new VacancyScoring.Facts();
            VacancyFilters filters = new VacancyFilters(person, today, context.reader(), facts);
            SortedDocValues ids = DocValues.getSorted(context.reader(), IndexSchema.ID);
            SortedDocValues occupations = DocValues.getSorted(context.reader(), Vacancy.OCCUPATION);
            Scorer scorer = retrieval.scorer(context);
            DocIdSetIterator retrieved = scorer == null ? DocIdSetIterator.empty() : scorer.iterator();
            List<String> missing = new ArrayList<>(4);
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (!filters.open(doc)) {
                        return;
                    }
                    missing.clear();
                    int licences = filters.missingLicences(doc, missing);
                    filters.readRequired(doc);
                    filters.missingRequired(missing);
                    if (missing.isEmpty()) {
                        return; // nothing missing: already in the ranking
                    }
                    boolean retrievedNow = retrieved(doc);
                    String id = null;
                    boolean geiq = false;
                    for (int i = 0; i < missing.size(); i++) {
                        String code = missing.get(i);
                        boolean licence = i < licences;
                        if (!retrievedNow && (licence || !RankingRules.isSpecific(referential, policy, code))) {
                            continue; // would not be in the ranking even with the item
                        }
                        if (id == null) {
                            id = ids.advanceExact(doc) ? ids.lookupOrd(ids.ordValue()).utf8ToString() : "";
                            geiq = TrainingRules.geiqSector(occupations.advanceExact(doc)
                                    ? occupations.lookupOrd(occupations.ordValue()).utf8ToString() : null);
                        }
                        Item item = items.computeIfAbsent((licence ? "L:" : "S:") + code, k -> new Item(
                                licence ? TrainingRules.licenceKind(code) : referential.skill(code)
                                        .map(TrainingRules::kindOf).orElse(TrainingKind.SKILL), code, licence));
                        item.required++;
                        if (missing.size() == 1) { // the only thing missing: the item unlocks the vacancy
                            item.add(facts.distanceKm, id, geiq);
                        }
                    }
                }

                private boolean retrieved(int doc) throws IOException {
                    int at = retrieved.docID();
                    if (at < doc) {
                        at = retrieved.advance(doc);
                    }
                    return at == doc;
                }
            };
        }
    }
}
