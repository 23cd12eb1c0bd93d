package fr.tremplin.core.ranking;

import fr.tremplin.core.index.IndexSchema;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * What both rankings share when they run a plan over an index, after Lucene's {@code TopScoreDocCollector}
 * family: the manager and its reduce, the top hits, the facet counts, the total and the minimum competitive
 * score. A side ({@link SeekerCollector}, {@link VacancyCollector}) implements, per segment, the hard filters
 * checked from doc values, the facet counting, the feature values and the capture of a hit.
 *
 * <p>The retrieval score plus {@link SearchSettings#boundSlack} bounds the final score, which lets the
 * collector skip the exact scoring of hopeless documents (and, without exact counts, lets Lucene skip them
 * altogether).
 *
 * <p>With exact counts, a side may {@linkplain Side#defers defer} the scoring to the end of its segment: every
 * document is filtered and counted in the pass, those whose bound can still reach the top hits are kept with their
 * bound, and then scored in two passes in document order (doc values only move forward): first the
 * {@value #PRIMING} best bounds (at least the page's depth), which sets the top hits' threshold at once, then the
 * others whose bound still reaches it. Scoring in document order, the threshold rises slowly and most documents
 * scored early leave the top hits again; this way few documents are scored beyond those shown. Which documents
 * end in the top hits does not change: a document is only skipped when its bound is below the threshold.
 */
abstract class RankingCollector implements Collector {

    /** Margin between the float retrieval score and the double feature sums. */
    static final double BOUND_MARGIN = 1e-4;
    /** With deferred scoring, how many of the best bounds are scored first (or the page's depth if larger). */
    static final int PRIMING = 32;

    private final SearchSettings settings;
    private final String statusField;
    private final BytesRef liveStatus;
    final TopHits top;
    final FacetCounts facets = new FacetCounts();
    private long total;
    /** Documents whose features were read to score them (not those a bound set aside). */
    private long exactScorings;

    /**
     * @param statusField the status field of the index; only documents with {@code liveStatus} are collected
     * @param facetNames  the facets declared, in their order in the result
     */
    RankingCollector(SearchSettings settings, String statusField, BytesRef liveStatus, String... facetNames) {
        this.settings = settings;
        this.statusField = statusField;
        this.liveStatus = liveStatus;
        this.top = new TopHits(settings.depth());
        for (String name : facetNames) {
            facets.declare(name);
        }
    }

    /** One collector per search slice; {@code reduce} merges their hits, totals and facets. */
    static <C extends RankingCollector> CollectorManager<C, C> manager(Supplier<C> collectors) {
        return new CollectorManager<>() {
            @Override
            public C newCollector() {
                return collectors.get();
            }

            @Override
            public C reduce(Collection<C> slices) {
                C merged = collectors.get();
                for (C slice : slices) {
                    merged.top.addAll(slice.top);
                    merged.facets.addAll(slice.facets);
                    ((RankingCollector) merged).total += ((RankingCollector) slice).total;
                    ((RankingCollector) merged).exactScorings += ((RankingCollector) slice).exactScorings;
                }
                return merged;
            }
        };
    }

    /** The hits kept, best first. */
    final List<HitData> hits() {
        return top.sorted();
    }

    /** How many documents passed every hard filter. */
    final long total() {
        return total;
    }

    /** How many documents were scored from their features: what the bounds spare shows here (tests). */
    final long exactScorings() {
        return exactScorings;
    }

    /** The facets, when counts are exact; none otherwise. */
    final Facets facets() {
        return settings.exactCounts() ? facets.toFacets(distanceFacet()) : Facets.none();
    }

    /** The name under which the distance bands are reported, null for none. */
    abstract String distanceFacet();

    @Override
    public final ScoreMode scoreMode() {
        return settings.exactCounts() ? ScoreMode.COMPLETE : ScoreMode.TOP_SCORES;
    }

    @Override
    public final LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        SortedDocValues status = DocValues.getSorted(context.reader(), statusField);
        int liveOrd = status.lookupTerm(liveStatus);
        if (liveOrd < 0) {
            throw new CollectionTerminatedException();
        }
        Side<?> side = side(context);
        side.bind(context, status, liveOrd);
        return side;
    }

    /** The side's collector of one segment. */
    abstract Side<?> side(LeafReaderContext context) throws IOException;

    /**
     * One segment of one side: the base runs the loop (status, filters, total, facets, bound, score, top hits)
     * and the side fills its {@link DocFacts}, reused for every document of the segment.
     */
    abstract class Side<F extends DocFacts> implements LeafCollector {

        final F facts;
        private LeafReaderContext context;
        private SortedDocValues status;
        private int liveOrd;
        private SortedDocValues ids;
        private SegmentIds keptIds;
        /** Opened at its first use ({@link #text()}). */
        private TextRelevance.Leaf text;
        private Scorable scorer;
        private float minCompetitive;
        private boolean deferring;
        /** Whether the forward-only readers of the scoring have moved during the pass (then opened again to score). */
        private boolean readersMoved;
        private final PendingDocs pending = new PendingDocs();

        Side(F facts) {
            this.facts = facts;
        }

        private void bind(LeafReaderContext context, SortedDocValues status, int liveOrd) throws IOException {
            this.context = context;
            this.status = status;
            this.liveOrd = liveOrd;
            this.ids = DocValues.getSorted(context.reader(), IndexSchema.ID);
            this.keptIds = SegmentIds.of(context.reader());
            this.deferring = settings.exactCounts() && defers();
        }

        /** The per-document text scorer of this segment, opened now if needed. */
        private TextRelevance.Leaf text() throws IOException {
            if (text == null) {
                text = settings.text().leaf(context);
            }
            return text;
        }

        /**
         * Whether this side scores after its segment's filters, with exact counts (see the class comment); it then
         * implements {@link #restore} and {@link #restartScoring}.
         */
        boolean defers() {
            return false;
        }

        /**
         * Sets again, without counting anything, the facts {@link #passes} set for {@code doc} (which passed) and the
         * scoring reads; called in increasing document order after {@link #restartScoring}.
         */
        void restore(int doc) throws IOException {
            throw new UnsupportedOperationException("This side does not defer its scoring");
        }

        /** Tells that the side's scoring doc values were read during the filters (e.g. the must-have skills). */
        final void scoringReadersMoved() {
            readersMoved = true;
        }

        /** Opens the side's scoring doc values again, to read documents from the segment's start once more. */
        void restartScoring() throws IOException {
            throw new UnsupportedOperationException("This side does not defer its scoring");
        }

        /** Whether the document has the live status (a side may read it faster than from the status doc values). */
        boolean live(int doc) throws IOException {
            return status.advanceExact(doc) && status.ordValue() == liveOrd;
        }

        /** Every hard filter but the status, cheapest first; leaves the facts the filters read set. */
        abstract boolean passes(int doc) throws IOException;

        /** Counts the document that passed into the facets (with exact counts only). */
        abstract void count();

        /**
         * The most the features the retrieval does not score can add to this document's score: the plan's
         * {@link SearchSettings#boundSlack}, which a side may lower from what its filters already know of it, and
         * from what the retrieval's scorer told ({@link #scorerSet}); never above the plan's (the collector tries the
         * plan's first, and asks for this one only when the plan's could still reach the top hits).
         */
        double slack(int doc) {
            return settings.boundSlack();
        }

        /**
         * A bound of the document's score at most {@code bound}, from what the side can read before the other
         * features (the dearer ones); by default {@code bound} itself.
         */
        double tighterBound(int doc, double bound) throws IOException {
            return bound;
        }

        /** Sets every feature value but the text's in {@code facts.values}, from doc values. */
        abstract void scoreFeatures(int doc) throws IOException;

        /** The hit of a document that enters the top hits, from its facts. */
        abstract HitData capture(int doc, HitId id, double score) throws IOException;

        /** Folds this segment's facet counts into the collector's (with exact counts only). */
        abstract void fold() throws IOException;

        @Override
        public final void setScorer(Scorable scorer) throws IOException {
            this.scorer = scorer;
            this.minCompetitive = 0;
            scorerSet(scorer);
            raiseMinimum();
        }

        /** Lets a side learn from the retrieval's scorer what its score is made of (see {@link #slack}). */
        void scorerSet(Scorable scorer) throws IOException {
        }

        @Override
        public final void collect(int doc) throws IOException {
            if (!live(doc) || !passes(doc)) {
                return;
            }
            total++;
            if (settings.exactCounts()) {
                count();
            }
            double retrieved = scorer.score();
            double loose = retrieved + settings.boundSlack() + BOUND_MARGIN;
            if (!top.mayAccept(loose)) {
                // the plan's slack is at least the document's (below): out of reach without reading what lowers it;
                // with assertions on (the tests), the document's own bound is checked all the same
                assert slack(doc) <= settings.boundSlack()
                        && exactScoreWithin(doc, retrieved + slack(doc) + BOUND_MARGIN)
                        : "the score of document " + doc + " exceeds its bound, or its slack the plan's";
                return;
            }
            double bound = retrieved + slack(doc) + BOUND_MARGIN;
            assert bound <= loose && exactScoreWithin(doc, bound)
                    : "the score of document " + doc + " exceeds its bound " + bound + " (or the plan's, " + loose + ")";
            if (!top.mayAccept(bound)) {
                return;
            }
            if (deferring) {
                pending.add(doc, bound);
                return;
            }
            scoreAndOffer(doc, bound);
        }

        private void scoreAndOffer(int doc, double bound) throws IOException {
            double score = score(doc, bound);
            if (!top.mayAccept(score)) {
                return;
            }
            HitId id = HitId.lazy(keptIds, ids, ids.advanceExact(doc) ? ids.ordValue() : -1);
            if (!top.accepts(score, id)) {
                return;
            }
            top.offer(capture(doc, id, score));
            raiseMinimum();
        }

        /** The deferred scoring of the segment's kept documents: the best bounds first, then the others. */
        private void scorePending() throws IOException {
            int n = pending.size();
            if (n == 0) {
                return;
            }
            double priming = pending.bestBound(Math.max(PRIMING, settings.depth()));
            boolean rest = false;
            if (readersMoved) {
                restart();
            }
            for (int i = 0; i < n; i++) {
                if (pending.bound(i) >= priming) {
                    scorePendingAt(i);
                } else {
                    rest = true;
                }
            }
            if (!rest) {
                return;
            }
            restart();
            for (int i = 0; i < n; i++) {
                if (pending.bound(i) < priming) { // the others were scored in the first pass
                    scorePendingAt(i);
                }
            }
        }

        private void scorePendingAt(int i) throws IOException {
            if (!top.mayAccept(pending.bound(i))) {
                return;
            }
            int doc = pending.doc(i);
            restore(doc);
            scoreAndOffer(doc, pending.bound(i));
        }

        /** Forward-only readers of the scoring opened again (ids, text, the side's doc values). */
        private void restart() throws IOException {
            ids = DocValues.getSorted(context.reader(), IndexSchema.ID);
            if (text != null) {
                text.restart(); // its postings reused
            }
            restartScoring();
        }

        /**
         * The exact score, from doc values; leaves the facts the explanation needs in {@link #facts}. Or, when the
         * side's {@linkplain #tighterBound tighter bound} already shows that the document cannot enter the top hits,
         * that bound, without the other features.
         */
        private double score(int doc, double bound) throws IOException {
            facts.clearScore();
            double tighter = tighterBound(doc, bound);
            assert exactScoreWithin(doc, tighter) : "the score of document " + doc + " exceeds its tighter bound "
                    + tighter;
            if (!top.mayAccept(tighter)) {
                return tighter;
            }
            exactScorings++;
            scoreFeatures(doc);
            FeatureWeights weights = settings.weights();
            double withoutText = weights.score(facts.values, facts.contributions);
            if (settings.text() == null || !top.mayAccept(withoutText + weights.of(Feature.TEXT) + BOUND_MARGIN)) {
                // the text (a disjunction over many terms, the dearest feature) cannot lift this document into
                // the top hits: left uncomputed, the returned score is then below the threshold anyway
                return withoutText;
            }
            facts.textValue = settings.text().value(text().score(doc));
            facts.values[Feature.TEXT.ordinal()] = facts.textValue;
            return weights.score(facts.values, facts.contributions);
        }

        /**
         * With assertions on (the tests): the whole score, text included, of every document that passed the filters
         * stays within the bound by which the collector skips documents, whether or not this one is skipped.
         */
        private boolean exactScoreWithin(int doc, double bound) throws IOException {
            readersMoved = true;
            facts.clearScore();
            scoreFeatures(doc);
            if (settings.text() != null) {
                facts.values[Feature.TEXT.ordinal()] = settings.text().value(text().score(doc));
            }
            double exact = settings.weights().score(facts.values, facts.contributions);
            facts.clearScore();
            return exact <= bound;
        }

        private void raiseMinimum() throws IOException {
            if (settings.exactCounts() || !top.isFull()) {
                return;
            }
            float minimum = (float) (top.threshold() - settings.boundSlack() - 2 * BOUND_MARGIN);
            if (minimum > 0 && minimum > minCompetitive) {
                minCompetitive = minimum;
                scorer.setMinCompetitiveScore(minimum);
            }
        }

        @Override
        public final void finish() throws IOException {
            if (deferring) {
                scorePending();
            }
            if (settings.exactCounts()) {
                fold();
            }
        }
    }
}
