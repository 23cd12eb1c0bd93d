package fr.tremplin.indexer.verify;

import fr.tremplin.core.index.IndexSchema;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.Bits;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/** Reads document ids and row versions back from an index (doc values, no stored fields). */
public final class IndexVersions {

    private IndexVersions() {
    }

    /** Id → version of every live document. */
    public static Map<String, Long> all(IndexSearcher searcher) throws IOException {
        Map<String, Long> versions = new HashMap<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            LeafReader reader = leaf.reader();
            SortedDocValues ids = reader.getSortedDocValues(IndexSchema.ID);
            NumericDocValues numbers = reader.getNumericDocValues(IndexSchema.VERSION);
            if (ids == null) {
                continue;
            }
            Bits live = reader.getLiveDocs();
            for (int doc = ids.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = ids.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
                long version = numbers != null && numbers.advanceExact(doc) ? numbers.longValue() : -1;
                versions.put(id, version);
            }
        }
        return versions;
    }

    /** Id → version and content hash of every live document. */
    public static Map<String, DocState> states(IndexSearcher searcher) throws IOException {
        Map<String, DocState> states = new HashMap<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            LeafReader reader = leaf.reader();
            SortedDocValues ids = reader.getSortedDocValues(IndexSchema.ID);
            NumericDocValues numbers = reader.getNumericDocValues(IndexSchema.VERSION);
            NumericDocValues hashes = reader.getNumericDocValues(IndexSchema.CONTENT_HASH);
            if (ids == null) {
                continue;
            }
            Bits live = reader.getLiveDocs();
            for (int doc = ids.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = ids.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
                long version = numbers != null && numbers.advanceExact(doc) ? numbers.longValue() : -1;
                long hash = hashes != null && hashes.advanceExact(doc) ? hashes.longValue() : DocState.UNMAPPABLE;
                states.put(id, new DocState(version, hash));
            }
        }
        return states;
    }

    /** Id → version and content hash of those of {@code ids} that are in the index. */
    public static Map<String, DocState> states(IndexSearcher searcher, Collection<String> ids) throws IOException {
        Map<String, DocState> states = new HashMap<>();
        StoredFields stored = searcher.storedFields();
        for (String id : ids) {
            TopDocs hits = searcher.search(new TermQuery(IndexSchema.idTerm(id)), 2);
            if (hits.scoreDocs.length > 1) {
                throw new IllegalStateException("The index holds " + hits.totalHits + " documents with id " + id
                        + ": writes must go through upserts keyed by id");
            }
            if (hits.scoreDocs.length == 1) {
                var document = stored.document(hits.scoreDocs[0].doc);
                var hash = document.getField(IndexSchema.CONTENT_HASH);
                states.put(id, new DocState(document.getField(IndexSchema.VERSION).numericValue().longValue(),
                        hash == null ? DocState.UNMAPPABLE : hash.numericValue().longValue()));
            }
        }
        return states;
    }

    /** Id → version of those of {@code ids} that are in the index. */
    public static Map<String, Long> of(IndexSearcher searcher, Collection<String> ids) throws IOException {
        Map<String, Long> versions = new HashMap<>();
        for (String id : ids) {
            of(searcher, id).ifPresent(v -> versions.put(id, v));
        }
        return versions;
    }

    /** The version of the live document of {@code id}, if there is one. */
    public static OptionalLong of(IndexSearcher searcher, String id) throws IOException {
        TopDocs hits = searcher.search(new TermQuery(IndexSchema.idTerm(id)), 2);
        if (hits.scoreDocs.length == 0) {
            return OptionalLong.empty();
        }
        if (hits.scoreDocs.length > 1) {
            throw new IllegalStateException("The index holds " + hits.totalHits + " documents with id " + id
                    + ": writes must go through upserts keyed by id");
        }
        ScoreDoc hit = hits.scoreDocs[0];
        StoredFields stored = searcher.storedFields();
        return OptionalLong.of(stored.document(hit.doc).getField(IndexSchema.VERSION).numericValue().longValue());
    }
}
