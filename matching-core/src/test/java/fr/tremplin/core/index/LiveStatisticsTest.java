package fr.tremplin.core.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's searcher scores text over live documents: an index that has had updates (deleted documents not yet
 * merged away) gives exactly the scores of the same documents freshly rebuilt, where Lucene's own figures differ.
 */
class LiveStatisticsTest {
    private static final String TEXT = "text";
    private static final Analyzer ANALYZER = Analyzers.french();

    private static String text(int i, int round) {
        // a few words everyone has, some rarer ones, and contents that change between rounds
        return "maçon coffreur chantier " + (i % 3 == 0 ? "béton armé " : "") + (i % 7 == 0 ? "cariste " : "")
                + "expérience " + (round == 0 ? "débutant" : "confirmé chef équipe béton");
    }

    private static Document doc(int i, int round) {
        Document d = new Document();
        d.add(new StringField("id", "p" + i, Field.Store.YES));
        d.add(new TextField(TEXT, text(i, round), Field.Store.NO));
        return d;
    }

    private static IndexWriter writer(Directory dir) throws IOException {
        return new IndexWriter(dir, new IndexWriterConfig(ANALYZER).setSimilarity(IndexSchema.similarity())
                .setMergePolicy(NoMergePolicy.INSTANCE));
    }

    /** Scores by id of a query over the text field. */
    private static Map<String, Float> scores(DirectoryReader reader, Function<DirectoryReader, IndexSearcher> searcher)
            throws IOException {
        IndexSearcher s = searcher.apply(reader);
        BooleanQuery query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(TEXT, Analyzers.terms(ANALYZER, "béton").getFirst())), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(TEXT, Analyzers.terms(ANALYZER, "cariste").getFirst())), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(TEXT, Analyzers.terms(ANALYZER, "chef").getFirst())), BooleanClause.Occur.SHOULD)
                .build();
        Map<String, Float> byId = new HashMap<>();
        for (ScoreDoc hit : s.search(query, 1000).scoreDocs) {
            byId.put(s.storedFields().document(hit.doc).get("id"), hit.score);
        }
        return byId;
    }

    @Test
    void anUpdatedIndexScoresAsTheSameDocumentsRebuilt() throws IOException {
        try (Directory updated = new ByteBuffersDirectory(); Directory rebuilt = new ByteBuffersDirectory()) {
            try (IndexWriter w = writer(updated)) {
                for (int i = 0; i < 200; i++) {
                    w.addDocument(doc(i, 0));
                }
                w.commit();
                for (int i = 0; i < 200; i += 4) {
                    w.updateDocument(new Term("id", "p" + i), doc(i, 1));
                }
                w.commit();
            }
            try (IndexWriter w = writer(rebuilt)) {
                for (int i = 0; i < 200; i++) {
                    w.addDocument(doc(i, i % 4 == 0 ? 1 : 0));
                }
                w.commit();
            }
            try (DirectoryReader u = DirectoryReader.open(updated); DirectoryReader r = DirectoryReader.open(rebuilt)) {
                assertThat(u.hasDeletions()).as("the updates left deleted documents").isTrue();
                assertThat(u.numDocs()).isEqualTo(r.numDocs());
                Map<String, Float> fresh = scores(r, ParallelSearcher::new);
                assertThat(fresh).hasSizeGreaterThan(50);

                Map<String, Float> lucene = scores(u, reader -> {
                    IndexSearcher plain = new IndexSearcher(reader);
                    plain.setSimilarity(IndexSchema.similarity());
                    return plain;
                });
                assertThat(lucene).as("Lucene's own figures count the deleted documents").isNotEqualTo(fresh);
                assertThat(scores(u, ParallelSearcher::new)).isEqualTo(fresh);
            }
        }
    }
}
