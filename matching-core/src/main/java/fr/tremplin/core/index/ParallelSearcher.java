package fr.tremplin.core.index;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;

import java.io.IOException;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A searcher with the schema's similarity that splits a large index into one slice per core, so that one query
 * uses every core: at a million people the ranking's work is per document (filters and features from doc values),
 * and two cores halve it. Small indexes (the département's 28,000 people) stay one slice, searched on the calling
 * thread: splitting them would cost more than it saves. Slices share whole segments, each holding its share of a
 * vacancy's people; a segment holding more than half the index would be split into document ranges, which on the
 * job-seeker index, sorted by place ({@link SpaceOrder}), are regions: one of them would hold all of that segment's
 * people near the vacancy. Merges never write a job-seeker segment above
 * {@link IndexSchema#MAX_SEEKER_SEGMENT_MB}, so a large index keeps several (a bulk rebuild flushes segments of
 * about 80,000 people with the default RAM buffer; at a million, at least five stay). Not covered: between about
 * 200,000 and 400,000 people a capped segment may still hold more than half the index, and with more than two cores
 * a slice holds fewer documents than a capped segment.
 *
 * <p>Its text statistics count live documents only ({@link LiveStatistics}): the same documents score the same
 * whether the index has had updates (deleted documents waiting for a merge) or was just rebuilt.
 *
 * <p>It keeps the {@link TermStates} of the words its text features look up ({@link #termStates}): the same
 * words come back in request after request, and looking one up costs a seek in every segment's terms dictionary.
 * A searcher lives until the next refresh of its index, so they are never older than the documents searched.
 */
public final class ParallelSearcher extends IndexSearcher {

    /** Below this many documents, one slice. */
    public static final int MIN_DOCS_TO_SPLIT = 200_000;
    private static final int CORES = Runtime.getRuntime().availableProcessors();
    private static final ExecutorService THREADS = Executors.newFixedThreadPool(Math.max(1, CORES - 1), daemons());

    /** At most this many terms' states are kept per searcher; further terms are looked up each time. */
    static final int MAX_KEPT_TERMS = 20_000;
    /** ... and at most this many states in all (one per term and segment, about 80 bytes each: 8 MB). */
    static final int MAX_KEPT_STATES = 100_000;

    private final LiveStatistics live;
    private final Map<Term, TermStates> termStates = new ConcurrentHashMap<>();
    private final int maxKeptTerms;

    public ParallelSearcher(IndexReader reader) {
        super(reader, CORES > 1 ? THREADS : null);
        setSimilarity(IndexSchema.similarity());
        live = new LiveStatistics(reader);
        maxKeptTerms = Math.min(MAX_KEPT_TERMS, MAX_KEPT_STATES / Math.max(1, reader.leaves().size()));
    }

    /**
     * The states of {@code term} in every segment of {@code searcher}'s reader, with its statistics (as
     * {@code TermStates.build(searcher, term, true)}): kept by a {@link ParallelSearcher} and looked up once.
     * A kept {@link TermStates} is only read afterwards, which any number of threads may do.
     */
    public static TermStates termStates(IndexSearcher searcher, Term term) throws IOException {
        if (!(searcher instanceof ParallelSearcher parallel)) {
            return TermStates.build(searcher, term, true);
        }
        TermStates kept = parallel.termStates.get(term);
        if (kept != null) {
            return kept;
        }
        TermStates built = TermStates.build(searcher, term, true);
        if (parallel.termStates.size() < parallel.maxKeptTerms) {
            kept = parallel.termStates.putIfAbsent(term, built);
        }
        return kept != null ? kept : built;
    }

    /** How many terms' states this searcher keeps (for tests). */
    int keptTerms() {
        return termStates.size();
    }

    /** How many terms' states this searcher keeps at most (for tests). */
    int maxKeptTerms() {
        return maxKeptTerms;
    }

    @Override
    public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq) throws IOException {
        if (live.exact()) {
            return super.termStatistics(term, docFreq, totalTermFreq);
        }
        TermStatistics counted = live.term(term);
        // only deleted documents hold the term: no live document is scored with it, Lucene's figures do no harm
        return counted != null ? counted : super.termStatistics(term, docFreq, totalTermFreq);
    }

    @Override
    public CollectionStatistics collectionStatistics(String field) throws IOException {
        if (live.exact()) {
            return super.collectionStatistics(field);
        }
        CollectionStatistics counted = live.field(field);
        return counted != null ? counted : super.collectionStatistics(field);
    }

    @Override
    protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
        int documents = 0;
        for (LeafReaderContext leaf : leaves) {
            documents += leaf.reader().maxDoc();
        }
        if (CORES <= 1 || documents < MIN_DOCS_TO_SPLIT) {
            return slices(leaves, Integer.MAX_VALUE, Integer.MAX_VALUE, false);
        }
        return slices(leaves, documents / CORES + 1, Integer.MAX_VALUE, true);
    }

    private static java.util.concurrent.ThreadFactory daemons() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "tremplin-search-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
