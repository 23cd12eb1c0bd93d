package fr.tremplin.core.search;

import fr.tremplin.core.index.Analyzers;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small in-memory Lucene index of referential labels, searched as people type: accents, case, plural
 * and feminine forms, typos, word order and unfinished last words are tolerated (scoring in
 * {@link LabelQuery}). Built once at start-up (11,568 job titles and occupation labels: about 0.8 s in a
 * cold JVM, 0.15 s warm); immutable and thread-safe afterwards. It holds heap memory only, nothing to close.
 */
final class LabelIndex {

    static final String FOLDED = "folded";
    static final String STEMS = "stems";
    static final String SIGNATURE = "signature";
    static final String FEATURES = "features";
    static final String SHORTNESS = "shortness";
    static final String PRIOR = "prior";
    private static final String ORDINAL = "ordinal";
    /** Best entries looked at, before folding them into one hit per key. */
    private static final int CANDIDATES = 500;

    /** Words are only matched, never scored by frequency: no frequencies, positions or norms. */
    private static final FieldType MATCH_ONLY_TEXT = matchOnlyText();

    private final List<LabelEntry> entries;
    private final IndexSearcher searcher;
    private final int[] entryOfDoc;
    private final LabelQuery queries;

    private LabelIndex(List<LabelEntry> entries, IndexSearcher searcher, int[] entryOfDoc, LabelQuery queries) {
        this.entries = entries;
        this.searcher = searcher;
        this.entryOfDoc = entryOfDoc;
        this.queries = queries;
    }

    static LabelIndex build(List<LabelEntry> entries) {
        List<LabelEntry> copy = List.copyOf(entries);
        Analyzer folding = Analyzers.folding();
        Analyzer french = Analyzers.french();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        Analyzer perField = new PerFieldAnalyzerWrapper(folding, Map.of(STEMS, french));
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(perField)
                .setRAMBufferSizeMB(64))) {
            for (int i = 0; i < copy.size(); i++) {
                writer.addDocument(document(i, copy.get(i), french));
            }
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not build the in-memory label index", e);
        }
        try {
            DirectoryReader reader = DirectoryReader.open(directory);
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setQueryCache(null);
            LabelQuery queries = new LabelQuery(folding, french, Vocabulary.of(reader, FOLDED));
            return new LabelIndex(copy, searcher, entryOfDoc(reader), queries);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the in-memory label index", e);
        }
    }

    /**
     * The best {@code limit} keys for {@code text}, each with its best-matching entry, best first; empty
     * for a blank text or one made of stop words only.
     */
    List<LabelHit> search(String text, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        Optional<Query> query = queries.parse(text);
        if (query.isEmpty()) {
            return List.of();
        }
        ScoreDoc[] hits;
        try {
            hits = searcher.search(query.get(), Math.max(CANDIDATES, limit * 20)).scoreDocs;
        } catch (IOException e) {
            throw new UncheckedIOException("Search for '" + text + "' failed in the in-memory label index", e);
        }
        HitGroups groups = new HitGroups();
        for (ScoreDoc hit : hits) {
            groups.add(entries.get(entryOfDoc[hit.doc]), hit.score);
        }
        return groups.best(limit);
    }

    int size() {
        return entries.size();
    }

    private static Document document(int ordinal, LabelEntry entry, Analyzer french) {
        Document doc = new Document();
        doc.add(new NumericDocValuesField(ORDINAL, ordinal));
        doc.add(new Field(FOLDED, entry.text(), MATCH_ONLY_TEXT));
        doc.add(new Field(STEMS, entry.text(), MATCH_ONLY_TEXT));
        String signature = LabelQuery.signature(french, entry.text());
        if (!signature.isEmpty()) {
            doc.add(new StringField(SIGNATURE, signature, Field.Store.NO));
            doc.add(new FeatureField(FEATURES, SHORTNESS, 1f / signature.split(" ").length));
        }
        if (entry.prior() > 0) {
            doc.add(new FeatureField(FEATURES, PRIOR, entry.prior()));
        }
        return doc;
    }

    private static int[] entryOfDoc(DirectoryReader reader) throws IOException {
        int[] entryOfDoc = new int[reader.maxDoc()];
        for (LeafReaderContext leaf : reader.leaves()) {
            NumericDocValues ordinals = leaf.reader().getNumericDocValues(ORDINAL);
            for (int doc = ordinals.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ordinals.nextDoc()) {
                entryOfDoc[leaf.docBase + doc] = (int) ordinals.longValue();
            }
        }
        return entryOfDoc;
    }

    private static FieldType matchOnlyText() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(IndexOptions.DOCS);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }
}
