package fr.tremplin.core.ranking;

import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A candidates ranking's retrieval (see {@link SeekerRetrieval}) evaluated term at a time in each segment of up to
 * {@value #MAX_DOCS} documents: the postings of every term are read once, in turn, into a bit set of the documents
 * retrieved and an array of their scores (the best occupation level, plus the sum of the skills held), and the
 * ranking then walks the bit set. Lucene's document-at-a-time disjunction of the same clauses keeps a priority queue
 * of a dozen or more postings lists and moves it for every document, which cost about a quarter of a request's CPU at
 * 28,000 people. The same documents are retrieved with the same scores (sums in float rather than double, well
 * within {@link RankingCollector#BOUND_MARGIN}). Its scorer also tells which documents a max clause matched
 * ({@link #maxClauseMatches}), which a ranking uses to tighten its bound. That disjunction ({@code sameQuery}) is used
 * instead for a larger segment, where the arrays would weigh megabytes per request, when a much sparser filter leads
 * the search (people spread over France: the disjunction is then only advanced to the people within reach, where
 * reading every posting would read the whole country's), and for {@link #explain}.
 */
final class TermAtATimeRetrieval extends Query {

    /** Segments with more documents are searched with the document-at-a-time query. */
    static final int MAX_DOCS = 1 << 18;
    /** When the documents that lead a conjunction are this many times fewer, the disjunction is used instead. */
    static final int SPARSE_LEAD = 8;

    /**
     * A group of terms with one score: with {@code max}, a document gets the best score of the groups it matches
     * (the occupation levels); otherwise the scores of the groups it matches add up (the skills).
     */
    record Clause(List<FieldTerms> terms, float score, boolean max) {
    }

    /** Terms of one field. */
    record FieldTerms(String field, List<BytesRef> terms) {
    }

    private final List<Clause> clauses;
    private final Query sameQuery;
    private final int maxDocs;

    /**
     * @param clauses   the max clauses (any order) and the sum clauses (any order)
     * @param sameQuery the same retrieval as a Lucene query (document at a time)
     */
    TermAtATimeRetrieval(List<Clause> clauses, Query sameQuery) {
        this(clauses, sameQuery, MAX_DOCS);
    }

    /** @param maxDocs segments with more documents are searched with {@code sameQuery} (tests lower it) */
    TermAtATimeRetrieval(List<Clause> clauses, Query sameQuery, int maxDocs) {
        List<Clause> ordered = new ArrayList<>();
        clauses.stream().filter(Clause::max).forEach(ordered::add);
        clauses.stream().filter(c -> !c.max()).forEach(ordered::add); // every max before any sum
        this.clauses = List.copyOf(ordered);
        this.sameQuery = sameQuery;
        this.maxDocs = maxDocs;
    }

    /** The same retrieval, with segments of more than {@code maxDocs} documents searched document at a time. */
    TermAtATimeRetrieval withMaxDocs(int value) {
        return new TermAtATimeRetrieval(clauses, sameQuery, value);
    }

    /** The same retrieval as a document-at-a-time Lucene query. */
    Query sameQuery() {
        return sameQuery;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        return new Weight(this) {
            private Weight same;
            /** Each segment read once, even when the searcher collects it in several ranges of documents. */
            private final Map<Integer, ReadSegment> read = new ConcurrentHashMap<>();

            /** The document-at-a-time weight, created at its first use (a search may run on several threads). */
            private synchronized Weight same() throws IOException {
                if (same == null) {
                    same = searcher.createWeight(searcher.rewrite(sameQuery), scoreMode, boost);
                }
                return same;
            }

            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                if (context.reader().maxDoc() > maxDocs) {
                    return same().scorerSupplier(context);
                }
                List<Posting> found = lookUp(context.reader());
                if (found.isEmpty()) {
                    return null;
                }
                long postings = found.stream().mapToLong(Posting::docFreq).sum();
                long cost = Math.min(postings, context.reader().maxDoc());
                return new ScorerSupplier() {
                    @Override
                    public Scorer get(long leadCost) throws IOException {
                        if (leadCost < cost / SPARSE_LEAD) {
                            // a much sparser filter leads (people spread over France, a vacancy's reach): Lucene's
                            // disjunction is only advanced to its documents, where reading every posting would not be
                            ScorerSupplier sparse = same().scorerSupplier(context);
                            return sparse == null ? empty() : sparse.get(leadCost);
                        }
                        try {
                            return read.computeIfAbsent(context.ord, ord -> {
                                try {
                                    return read(context.reader(), found, boost);
                                } catch (IOException e) {
                                    throw new UncheckedIOException(e);
                                }
                            }).scorer();
                        } catch (UncheckedIOException e) {
                            throw e.getCause(); // a damaged index file stays an IOException (the service's 503)
                        }
                    }

                    @Override
                    public long cost() {
                        return cost;
                    }
                };
            }

            @Override
            public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                return same().explain(context, doc);
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false;
            }
        };
    }

    /** A term of a clause found in the segment. */
    private record Posting(Clause clause, String field, BytesRef term, TermState state, int docFreq) {
    }

    /** The clauses' terms found in the segment, max clauses first. */
    private List<Posting> lookUp(LeafReader reader) throws IOException {
        List<Posting> found = new ArrayList<>();
        for (Clause clause : clauses) {
            for (FieldTerms group : clause.terms()) {
                Terms terms = reader.terms(group.field());
                if (terms == null) {
                    continue;
                }
                TermsEnum termsEnum = terms.iterator();
                for (BytesRef term : group.terms()) {
                    if (termsEnum.seekExact(term)) {
                        found.add(new Posting(clause, group.field(), term, termsEnum.termState(), termsEnum.docFreq()));
                    }
                }
            }
        }
        return found;
    }

    /**
     * A segment's documents and scores, read term after term, and the documents a max clause matched; only read
     * afterwards, by any number of ranges.
     */
    private record ReadSegment(FixedBitSet matched, long cost, float[] scores, float maxScore, FixedBitSet maxMatched) {
        Scorer scorer() {
            return new ArrayScorer(new BitSetIterator(matched, cost), scores, maxScore, maxMatched);
        }
    }

    /**
     * The documents a max clause matched (their score holds the best level of the clauses they match), in the segment
     * the scorer was given for: found on a term-at-a-time scorer, itself or among its children (the conjunction with
     * a filter), to the depth of a few wrappers; {@code null} when the segment was searched with the disjunction, or
     * when the scorer is not this query's.
     */
    static FixedBitSet maxClauseMatches(Scorable scorer) throws IOException {
        return maxClauseMatches(scorer, 3);
    }

    private static FixedBitSet maxClauseMatches(Scorable scorer, int depth) throws IOException {
        if (scorer instanceof ArrayScorer array) {
            return array.maxMatched;
        }
        if (depth == 0) {
            return null;
        }
        for (Scorable.ChildScorable child : scorer.getChildren()) {
            FixedBitSet found = maxClauseMatches(child.child(), depth - 1);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The documents of one segment and their scores, read term after term. */
    private static ReadSegment read(LeafReader reader, List<Posting> found, float boost) throws IOException {
        int maxDoc = reader.maxDoc();
        FixedBitSet matched = new FixedBitSet(maxDoc);
        float[] scores = new float[maxDoc];
        PostingsEnum postings = null;
        Map<String, TermsEnum> enums = new HashMap<>(4); // one per field: the clauses share three fields
        float bestMax = 0;
        float sums = 0;
        Clause previous = null;
        // a sum clause of several terms (found one after the other) counts once per document: the documents it has
        // already scored are kept in a bit set, cleared for the next such clause
        FixedBitSet counted = null;
        boolean once = false;
        FixedBitSet maxMatched = null;
        for (int i = 0; i < found.size(); i++) {
            Posting posting = found.get(i);
            Clause clause = posting.clause();
            float score = clause.score() * boost;
            if (maxMatched == null && !clause.max()) {
                maxMatched = matched.clone(); // every max clause is read before any sum clause
            }
            if (clause != previous) {
                once = false;
                if (clause.max()) {
                    bestMax = Math.max(bestMax, score);
                } else {
                    sums += score;
                    once = i + 1 < found.size() && found.get(i + 1).clause() == clause;
                    if (once) {
                        counted = counted == null ? new FixedBitSet(maxDoc) : clearedBits(counted);
                    }
                }
                previous = clause;
            }
            TermsEnum termsEnum = enums.get(posting.field());
            if (termsEnum == null) {
                termsEnum = reader.terms(posting.field()).iterator();
                enums.put(posting.field(), termsEnum);
            }
            termsEnum.seekExact(posting.term(), posting.state());
            postings = termsEnum.postings(postings, PostingsEnum.NONE);
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (clause.max()) {
                    if (!matched.getAndSet(doc) || scores[doc] < score) {
                        scores[doc] = score;
                    }
                } else if (!once || !counted.getAndSet(doc)) {
                    matched.set(doc);
                    scores[doc] += score;
                }
            }
        }
        // summed in another order than each document's scores: one step up keeps it an upper bound
        return new ReadSegment(matched, matched.cardinality(), scores, Math.nextUp(bestMax + sums),
                maxMatched == null ? matched : maxMatched);
    }

    private static FixedBitSet clearedBits(FixedBitSet bits) {
        bits.clear();
        return bits;
    }

    private static Scorer empty() {
        return new ArrayScorer(DocIdSetIterator.empty(), new float[0], 0, null);
    }

    /** Walks the bit set; the score is the array's. */
    private static final class ArrayScorer extends Scorer {
        private final DocIdSetIterator iterator;
        private final float[] scores;
        private final float maxScore;
        private final FixedBitSet maxMatched;

        ArrayScorer(DocIdSetIterator iterator, float[] scores, float maxScore, FixedBitSet maxMatched) {
            this.iterator = iterator;
            this.scores = scores;
            this.maxScore = maxScore;
            this.maxMatched = maxMatched;
        }

        @Override
        public int docID() {
            return iterator.docID();
        }

        @Override
        public DocIdSetIterator iterator() {
            return iterator;
        }

        @Override
        public float getMaxScore(int upTo) {
            return maxScore;
        }

        @Override
        public float score() {
            return scores[iterator.docID()];
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        sameQuery.visit(visitor.getSubVisitor(org.apache.lucene.search.BooleanClause.Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "TermAtATime(" + sameQuery.toString(field) + ")";
    }

    @Override
    public boolean equals(Object other) {
        if (!sameClassAs(other)) {
            return false;
        }
        TermAtATimeRetrieval that = (TermAtATimeRetrieval) other;
        return sameQuery.equals(that.sameQuery) && clauses.equals(that.clauses) && maxDocs == that.maxDocs;
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + sameQuery.hashCode();
    }
}
