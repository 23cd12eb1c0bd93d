package fr.tremplin.core.ranking;

import fr.tremplin.core.index.Analyzers;
import fr.tremplin.core.index.ParallelSearcher;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.IOSupplier;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * French text relevance between the query side's text and the documents' text fields, as a value in [0, 1].
 *
 * <p>The text is analysed with {@link Analyzers#FRENCH} (the index's own analyzer) into terms, and every term
 * becomes a plain {@link TermQuery}: no query parser ever sees the text, so no input can raise a syntax error
 * or reach another field. "Strong" terms (a vacancy's title, a person's job titles) weigh more than "weak"
 * ones (a description or summary); one-letter tokens (the "H/F" of job ads) are dropped, and the number of
 * terms is capped ({@value #MAX_STRONG_TERMS} strong, {@value #MAX_WEAK_TERMS} weak).
 *
 * <p>The raw score is Lucene's BM25 (the schema's similarity) for that query. BM25 gives each matching term at
 * most {@code boost × idf}; the normaliser is {@link MatchPolicy#textSaturation()} × the sum, over the strong
 * terms present in the index, of their best {@code boost × idf}. value = min(1, raw / normaliser): a profile
 * naming the vacancy's title words reaches about 1, one sharing only a few description words stays low.
 * The per-document score is read from a separate scorer advanced to the documents being ranked, so it adds
 * no clause to the retrieval (except in a free search, where the text is itself a criterion): {@link Leaf}, which
 * gives the score Lucene's scorer of that query gives, term by term with the same BM25 scorers, without its
 * priority queue.
 */
final class TextRelevance {

    static final int MAX_STRONG_TERMS = 16;
    static final int MAX_WEAK_TERMS = 24;
    static final int MAX_TEXT_CHARS = 8_000;

    private static final Analyzer FRENCH = Analyzers.french();
    /**
     * The vacancies' texts analysed lately: a vacancy is ranked again and again with the same title and description.
     * Job ads only: a person's texts (the vacancies for a person) and a free search's words are analysed each time,
     * so that nothing of them stays in memory after the request.
     */
    private static final AnalysedTexts VACANCY_TEXTS =
            new AnalysedTexts(AnalysedTexts.CAPACITY, AnalysedTexts.MAX_CHARS);

    /** A text field of the searched index and the boost a term gets in it. */
    record FieldBoost(String field, float boost) {}

    private final Query query;
    /** The query's clauses, each with its BM25 scorer: what Lucene's weight of {@link #query} would hold. */
    private final List<Clause> clauses;
    private final double normaliser;

    private TextRelevance(Query query, List<Clause> clauses, double normaliser) {
        this.query = query;
        this.clauses = List.copyOf(clauses);
        this.normaliser = normaliser;
    }

    /** One (term, field) clause of the query: its states in the searcher's segments and its BM25 scorer. */
    private record Clause(Term term, TermStates states, Similarity.SimScorer scorer) {
    }

    /**
     * The relevance of {@code strongText} and {@code weakText} against the searcher's documents, or
     * {@code null} when none of their terms occurs in the index (the feature then does not apply).
     */
    static TextRelevance of(IndexSearcher searcher, String strongText, String weakText, List<FieldBoost> strongFields,
                            List<FieldBoost> weakFields, MatchPolicy policy) throws IOException {
        return of(searcher, AnalysedText.of(strongText, weakText), strongFields, weakFields, policy);
    }

    /**
     * The same for a vacancy's title and description, whose analysis is kept ({@link #VACANCY_TEXTS}): only a job
     * ad's texts are kept, never a person's or a search's.
     */
    static TextRelevance ofVacancy(IndexSearcher searcher, String title, String description,
                                   List<FieldBoost> strongFields, List<FieldBoost> weakFields, MatchPolicy policy)
            throws IOException {
        return of(searcher, VACANCY_TEXTS.get(title, description), strongFields, weakFields, policy);
    }

    private static TextRelevance of(IndexSearcher searcher, AnalysedText analysed, List<FieldBoost> strongFields,
                                    List<FieldBoost> weakFields, MatchPolicy policy) throws IOException {
        List<String> strong = analysed.strong();
        List<String> weak = analysed.weak();
        if (strong.isEmpty() && weak.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        List<Clause> clauses = new ArrayList<>();
        double strongMax = add(searcher, builder, clauses, strong, strongFields);
        double weakMax = add(searcher, builder, clauses, weak, weakFields);
        double best = strongMax > 0 ? strongMax : weakMax;
        if (best <= 0) {
            return null;
        }
        return new TextRelevance(builder.build(), clauses, policy.textSaturation() * best);
    }

    /**
     * Adds a clause per (term, field) to the query and to {@code clauses}, with the BM25 scorer Lucene's term weight
     * would build (same similarity, boost and statistics), and returns the sum over terms of their best boost × idf.
     */
    private static double add(IndexSearcher searcher, BooleanQuery.Builder builder, List<Clause> clauses,
                              List<String> terms, List<FieldBoost> fields) throws IOException {
        double sum = 0;
        for (String text : terms) {
            double best = 0;
            for (FieldBoost field : fields) {
                Term term = new Term(field.field(), text);
                // the term looked up once in each segment, for its statistics and then for its postings
                TermStates states = ParallelSearcher.termStates(searcher, term);
                int docFreq = states.docFreq();
                CollectionStatistics stats = searcher.collectionStatistics(field.field());
                if (docFreq == 0 || stats == null) {
                    continue;
                }
                // the searcher's statistics (live documents only for the service's searcher), as BM25 uses them
                TermStatistics termStats = searcher.termStatistics(term, docFreq, states.totalTermFreq());
                builder.add(new BoostQuery(new TermQuery(term, states), field.boost()), BooleanClause.Occur.SHOULD);
                clauses.add(new Clause(term, states, searcher.getSimilarity().scorer(field.boost(), stats, termStats)));
                best = Math.max(best, field.boost() * idf(termStats.docFreq(), stats.docCount()));
            }
            sum += best;
        }
        return sum;
    }

    /** BM25's idf (Lucene's BM25Similarity). */
    private static double idf(long docFreq, long docCount) {
        return Math.log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5));
    }

    /** The distinct analysed terms of {@code text} (two characters or more), at most {@code max}, without {@code except}. */
    static Set<String> terms(String text, int max, Set<String> except) {
        Set<String> terms = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        String bounded = text.length() > MAX_TEXT_CHARS ? text.substring(0, MAX_TEXT_CHARS) : text;
        if (max <= 0) {
            return terms;
        }
        // the text is analysed only until the cap is reached (a long description gives its first words)
        Analyzers.eachTerm(FRENCH, bounded, term -> {
            if (term.length() >= 2 && !except.contains(term)) {
                terms.add(term);
            }
            return terms.size() < max;
        });
        return terms;
    }

    /** The strong and weak terms of a pair of texts, in their order in the texts. */
    record AnalysedText(List<String> strong, List<String> weak) {

        static AnalysedText of(String strongText, String weakText) {
            Set<String> strong = terms(strongText, MAX_STRONG_TERMS, Set.of());
            return new AnalysedText(List.copyOf(strong), List.copyOf(terms(weakText, MAX_WEAK_TERMS, strong)));
        }
    }

    /**
     * The last pairs of texts analysed, least recently used out, at most {@code capacity} pairs and {@code maxChars}
     * characters of texts (the keys hold the texts: a description may have 8,000). Analysing a vacancy's title and
     * description was 3.3 % of a candidates request's processor time (JFR, 2026-12-07); the terms depend on the texts
     * alone. The capacity covers the open vacancies of a département (about 3,000 in the demo data): with 1,024
     * pairs, a ranking of each of 2,000 vacancies in turn found none of them kept (the least recently used one is
     * always the next asked), and the analysis was 4.1 % of the ranking's samples again (JFR, 2026-12-08).
     */
    static final class AnalysedTexts {
        static final int CAPACITY = 4_096;
        /**
         * At most 24 MB of texts whatever their characters (two bytes each at most; 12 MB for French texts, one byte
         * each): 4,096 vacancies whose title and description average up to 2,900 characters.
         */
        static final long MAX_CHARS = 12_000_000;

        private record Key(String strong, String weak) {
            long chars() {
                return (strong == null ? 0 : strong.length()) + (weak == null ? 0 : weak.length());
            }
        }

        private final int capacity;
        private final long maxChars;
        /** Access order: the eldest is the least recently used. */
        private final LinkedHashMap<Key, AnalysedText> entries = new LinkedHashMap<>(64, 0.75f, true);
        private long chars;

        AnalysedTexts(int capacity) {
            this(capacity, MAX_CHARS);
        }

        AnalysedTexts(int capacity, long maxChars) {
            this.capacity = capacity;
            this.maxChars = maxChars;
        }

        AnalysedText get(String strongText, String weakText) {
            Key key = new Key(strongText, weakText);
            synchronized (entries) {
                AnalysedText known = entries.get(key);
                if (known != null) {
                    return known;
                }
            }
            AnalysedText analysed = AnalysedText.of(strongText, weakText); // outside the lock: analysing takes time
            synchronized (entries) {
                if (entries.put(key, analysed) == null) {
                    chars += key.chars();
                }
                Iterator<Map.Entry<Key, AnalysedText>> eldest = entries.entrySet().iterator();
                while (entries.size() > 1 && (entries.size() > capacity || chars > maxChars)) {
                    chars -= eldest.next().getKey().chars();
                    eldest.remove();
                }
            }
            return analysed;
        }

        int size() {
            synchronized (entries) {
                return entries.size();
            }
        }

        /** The characters of the texts kept. */
        long chars() {
            synchronized (entries) {
                return chars;
            }
        }
    }

    /** The query whose BM25 score is the raw relevance (a free search adds it to the retrieval). */
    Query query() {
        return query;
    }

    double normaliser() {
        return normaliser;
    }

    /** The value in [0, 1] of a raw score. */
    double value(double raw) {
        return Math.min(1.0, raw / normaliser);
    }

    /** The per-document raw score in one segment; documents must be asked in increasing order. */
    Leaf leaf(LeafReaderContext context) throws IOException {
        return new Leaf(context, clauses);
    }

    /**
     * The query's raw score in one segment, clause by clause: each clause's postings advanced to the document asked,
     * its BM25 score from the clause's scorer with the document's frequency and norm (as Lucene's term scorer), the
     * scores summed in double and returned as a float (as Lucene's disjunction of the clauses). That sum is exact
     * whatever its order while the clauses' scores span less than 2^22 of one another (those of one query do, unless
     * a term is in nearly every document of an index of millions), so the score is Lucene's, to the bit
     * ({@code TextLeafTest}). Lucene's scorer would keep the clauses in a priority queue moved at every document and
     * allocate every clause's postings again at each restart; this one reuses them ({@link #restart}).
     */
    static final class Leaf {
        private final LeafReader reader;
        private final Clause[] clauses;
        private final TermState[] states;
        private final PostingsEnum[] postings;
        /** Per clause, the index of its field in the arrays below. */
        private final int[] fieldOf;
        private final String[] fields;
        private final TermsEnum[] enums;
        private final NumericDocValues[] norms;
        private final int[] normDoc;
        private final long[] normValue;

        private Leaf(LeafReaderContext context, List<Clause> all) throws IOException {
            this.reader = context.reader();
            List<Clause> present = new ArrayList<>();
            List<TermState> found = new ArrayList<>();
            for (Clause clause : all) {
                assert clause.states().wasBuiltFor(ReaderUtil.getTopLevelContext(context))
                        : "the text relevance was built on another searcher than the one ranking";
                IOSupplier<TermState> supplier = clause.states().get(context);
                TermState state = supplier == null ? null : supplier.get();
                if (state != null) {
                    present.add(clause);
                    found.add(state);
                }
            }
            this.clauses = present.toArray(Clause[]::new);
            this.states = found.toArray(TermState[]::new);
            this.postings = new PostingsEnum[clauses.length];
            this.fieldOf = new int[clauses.length];
            Map<String, Integer> indexOf = new HashMap<>();
            for (int i = 0; i < clauses.length; i++) {
                fieldOf[i] = indexOf.computeIfAbsent(clauses[i].term().field(), f -> indexOf.size());
            }
            this.fields = new String[indexOf.size()];
            indexOf.forEach((field, i) -> fields[i] = field);
            this.enums = new TermsEnum[fields.length];
            this.norms = new NumericDocValues[fields.length];
            this.normDoc = new int[fields.length];
            this.normValue = new long[fields.length];
            for (int f = 0; f < fields.length; f++) {
                Terms terms = reader.terms(fields[f]);
                enums[f] = terms == null ? null : terms.iterator();
            }
            open();
        }

        /** Positions every clause's postings before the segment's first document (reusing them when there). */
        private void open() throws IOException {
            for (int i = 0; i < clauses.length; i++) {
                TermsEnum termsEnum = enums[fieldOf[i]];
                termsEnum.seekExact(clauses[i].term().bytes(), states[i]);
                postings[i] = termsEnum.postings(postings[i], PostingsEnum.FREQS);
            }
            for (int f = 0; f < fields.length; f++) {
                norms[f] = reader.getNormValues(fields[f]);
                normDoc[f] = -1;
            }
        }

        /** Reads the segment again from its first document (the postings reused). */
        void restart() throws IOException {
            open();
        }

        double score(int doc) throws IOException {
            double sum = 0;
            for (int i = 0; i < clauses.length; i++) {
                PostingsEnum p = postings[i];
                int current = p.docID();
                if (current < doc) {
                    current = p.advance(doc);
                }
                if (current == doc) {
                    sum += clauses[i].scorer().score(p.freq(), norm(fieldOf[i], doc));
                }
            }
            return (float) sum; // 0 when no clause holds the document
        }

        /** The document's norm in one field, read once per document (1 without norms, as Lucene's term scorer). */
        private long norm(int field, int doc) throws IOException {
            if (normDoc[field] != doc) {
                NumericDocValues values = norms[field];
                normValue[field] = values != null && values.advanceExact(doc) ? values.longValue() : 1L;
                normDoc[field] = doc;
            }
            return normValue[field];
        }
    }
}
