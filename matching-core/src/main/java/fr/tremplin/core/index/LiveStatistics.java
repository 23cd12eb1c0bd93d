package fr.tremplin.core.index;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Text statistics (BM25's document frequencies and average field length) over the LIVE documents of a reader.
 * Lucene counts deleted documents in these figures until their segment is merged, so an index that has had updates
 * scored text slightly differently from the same documents freshly rebuilt, and near-equal candidates could swap
 * places after a rebuild. Segments without deletions use Lucene's own figures; only segments with deletions are
 * counted document by document (their postings with the live documents), once per searcher and term or field.
 */
final class LiveStatistics {
    private final IndexReader reader;
    private final Map<Term, TermStatistics> terms = new ConcurrentHashMap<>();
    private final Map<String, CollectionStatistics> fields = new ConcurrentHashMap<>();

    LiveStatistics(IndexReader reader) {
        this.reader = reader;
    }

    /** Whether Lucene's figures already are the live ones (no deleted document anywhere). */
    boolean exact() {
        return !reader.hasDeletions();
    }

    /** The term's statistics over live documents, or {@code null} when no live document holds it. */
    TermStatistics term(Term term) {
        return terms.computeIfAbsent(term, t -> {
            try {
                return count(t);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The field's statistics over live documents, or {@code null} when no live document has it. */
    CollectionStatistics field(String field) {
        return fields.computeIfAbsent(field, f -> {
            try {
                return count(f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private TermStatistics count(Term term) throws IOException {
        long docFreq = 0;
        long totalTermFreq = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms fieldTerms = leaf.reader().terms(term.field());
            if (fieldTerms == null) {
                continue;
            }
            TermsEnum e = fieldTerms.iterator();
            if (!e.seekExact(term.bytes())) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            if (live == null) {
                docFreq += e.docFreq();
                totalTermFreq += e.totalTermFreq();
                continue;
            }
            PostingsEnum postings = e.postings(null, PostingsEnum.FREQS);
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (live.get(doc)) {
                    docFreq++;
                    totalTermFreq += postings.freq();
                }
            }
        }
        return docFreq == 0 ? null : new TermStatistics(BytesRef.deepCopyOf(term.bytes()), docFreq, totalTermFreq);
    }

    private CollectionStatistics count(String field) throws IOException {
        long docCount = 0;
        long sumTotalTermFreq = 0;
        long sumDocFreq = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            LeafReader r = leaf.reader();
            Terms fieldTerms = r.terms(field);
            if (fieldTerms == null) {
                continue;
            }
            Bits live = r.getLiveDocs();
            if (live == null) {
                docCount += fieldTerms.getDocCount();
                sumTotalTermFreq += fieldTerms.getSumTotalTermFreq();
                sumDocFreq += fieldTerms.getSumDocFreq();
                continue;
            }
            FixedBitSet withField = new FixedBitSet(r.maxDoc());
            TermsEnum e = fieldTerms.iterator();
            PostingsEnum postings = null;
            while (e.next() != null) {
                postings = e.postings(postings, PostingsEnum.FREQS);
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    if (live.get(doc)) {
                        withField.set(doc);
                        sumDocFreq++;
                        sumTotalTermFreq += postings.freq();
                    }
                }
            }
            docCount += withField.cardinality();
        }
        return docCount == 0 ? null
                : new CollectionStatistics(field, Math.max(docCount, reader.numDocs()), docCount, sumTotalTermFreq, sumDocFreq);
    }
}
