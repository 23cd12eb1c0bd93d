package fr.tremplin.core.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's searcher looks a text term up once and keeps its states: the same statistics and the same hits as a
 * fresh lookup, never carried over to the next searcher (which sees the documents added since), and bounded.
 */
class ParallelSearcherTermStatesTest {

    private static final String TEXT = "text";
    private static final Analyzer ANALYZER = Analyzers.french();

    private static Document doc(String text) {
        Document d = new Document();
        d.add(new TextField(TEXT, text, Field.Store.NO));
        return d;
    }

    @Test
    void aTermIsLookedUpOnceAndAnswersAsAFreshLookup() throws IOException {
        try (Directory dir = new ByteBuffersDirectory();
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(ANALYZER).setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int i = 0; i < 30; i++) {
                w.addDocument(doc(i % 3 == 0 ? "maçon coffreur" : "cariste"));
                if (i % 3 == 2) {
                    w.commit(); // ten segments
                }
            }
            Term macon = new Term(TEXT, "macon");
            try (DirectoryReader reader = DirectoryReader.open(w)) {
                ParallelSearcher searcher = new ParallelSearcher(reader);
                assertThat(reader.leaves()).hasSize(10);
                assertThat(searcher.maxKeptTerms()).as("ten segments: a budget of states")
                        .isEqualTo(ParallelSearcher.MAX_KEPT_STATES / 10).isLessThan(ParallelSearcher.MAX_KEPT_TERMS);
                TermStates first = ParallelSearcher.termStates(searcher, macon);
                TermStates fresh = TermStates.build(new IndexSearcher(reader), macon, true);
                assertThat(first.docFreq()).isEqualTo(fresh.docFreq()).isEqualTo(10);
                assertThat(first.totalTermFreq()).isEqualTo(fresh.totalTermFreq());
                assertThat(ParallelSearcher.termStates(searcher, new Term(TEXT, "macon"))).isSameAs(first);
                assertThat(searcher.keptTerms()).isEqualTo(1);
                assertThat(searcher.count(new TermQuery(macon, first))).isEqualTo(10);

                w.addDocument(doc("maçon"));
                try (DirectoryReader next = DirectoryReader.openIfChanged(reader)) {
                    ParallelSearcher nextSearcher = new ParallelSearcher(next);
                    TermStates later = ParallelSearcher.termStates(nextSearcher, macon);
                    assertThat(later).isNotSameAs(first);
                    assertThat(later.docFreq()).isEqualTo(11);
                    assertThat(nextSearcher.count(new TermQuery(macon, later))).isEqualTo(11);
                }
                // a plain searcher keeps nothing: a new lookup each time
                IndexSearcher plain = new IndexSearcher(reader);
                assertThat(ParallelSearcher.termStates(plain, macon)).isNotSameAs(ParallelSearcher.termStates(plain, macon));
            }
        }
    }

    @Test
    void keepsAtMostItsBoundAndStillAnswersBeyondIt() throws IOException {
        try (Directory dir = new ByteBuffersDirectory();
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(ANALYZER))) {
            w.addDocument(doc("maçon"));
            try (DirectoryReader reader = DirectoryReader.open(w)) {
                ParallelSearcher searcher = new ParallelSearcher(reader);
                assertThat(searcher.maxKeptTerms()).as("one segment").isEqualTo(ParallelSearcher.MAX_KEPT_TERMS);
                for (int i = 0; i < ParallelSearcher.MAX_KEPT_TERMS + 10; i++) {
                    ParallelSearcher.termStates(searcher, new Term(TEXT, "absent" + i));
                }
                assertThat(searcher.keptTerms()).isEqualTo(ParallelSearcher.MAX_KEPT_TERMS);
                TermStates beyond = ParallelSearcher.termStates(searcher, new Term(TEXT, "macon"));
                assertThat(beyond.docFreq()).isEqualTo(1);
                assertThat(searcher.keptTerms()).isEqualTo(ParallelSearcher.MAX_KEPT_TERMS);
            }
        }
    }
}
