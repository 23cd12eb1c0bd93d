package fr.tremplin.indexer;

import fr.tremplin.core.index.IndexSchema;
import fr.tremplin.data.seeker.JobSeeker;
import fr.tremplin.data.seeker.JobSeekerService;
import fr.tremplin.indexer.rebuild.ProgressListener;
import fr.tremplin.indexer.store.IndexKind;
import fr.tremplin.indexer.testing.IndexTests;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static fr.tremplin.data.testing.JobSeekerFixture.aJobSeeker;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The right to erasure reaches Lucene's files: a deleted document normally stays in its segment (terms dictionary,
 * stored fields), only flagged as deleted, until a merge happens to rewrite that segment. After an erasure the
 * indexer rewrites the segments with deletions, so that neither the searchers nor the committed files hold the
 * person's id or the words of their profile, live or deleted.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErasureLeavesTheIndexFilesTest implements TestPropertyProvider {

    private final Path dir = IndexTests.freshDir("erasure");

    @Inject
    IndexService index;
    @Inject
    JobSeekerService seekers;

    @Override
    public Map<String, String> getProperties() {
        return IndexTests.properties(dir);
    }

    @Test
    void anErasedPersonsIdAndWordsAreGoneFromEverySegmentAndFromTheCommittedFiles() throws IOException {
        assertThat(index.awaitReady(Duration.ofSeconds(60))).as("index ready: %s", index.status()).isTrue();
        String word = "zorglubinette";
        JobSeeker erased = seekers.create(aJobSeeker().named("Effacée", "Vraiment")
                .summary("Coffreuse " + word + ", chantiers de gros œuvre").build());
        List<JobSeeker> others = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            others.add(seekers.create(aJobSeeker().build()));
        }
        // a rebuild puts the person in one segment with everyone else (a person alone in a segment would take the
        // whole segment with them: Lucene drops fully deleted segments, and the test could not fail)
        index.rebuild(ProgressListener.NONE);
        index.syncNow();
        String summaryTerm = indexedTerm(IndexSchema.Seeker.SUMMARY, word);
        // the check can fail: before the erasure it finds the person
        List<String> before = index.withSearcher(IndexKind.SEEKERS, s -> traces(s.getIndexReader(), erased.id(), summaryTerm));
        assertThat(before).as("traces of the person before the erasure").isNotEmpty();
        int sharing = index.withSearcher(IndexKind.SEEKERS, s -> s.getIndexReader().leaves().stream()
                .filter(leaf -> hasTerm(leaf.reader(), erased.id())).mapToInt(leaf -> leaf.reader().numDocs()).sum());
        assertThat(sharing).as("live documents in the person's segment").isGreaterThan(1);

        seekers.delete(erased.id());
        index.syncNow();

        List<String> after = index.withSearcher(IndexKind.SEEKERS, s -> traces(s.getIndexReader(), erased.id(), summaryTerm));
        assertThat(after).as("traces in the searchers' segments, live or deleted documents").isEmpty();
        assertThat(index.indexedVersion(IndexKind.SEEKERS, others.getFirst().id())).as("others stay").isPresent();

        String generation = index.status().generation().orElseThrow();
        index.close(); // commits, releases the searchers and the writer: files no commit needs are deleted
        Path seekersDir = dir.resolve(generation).resolve(IndexKind.SEEKERS.directoryName());
        try (Directory directory = FSDirectory.open(seekersDir); DirectoryReader committed = DirectoryReader.open(directory)) {
            assertThat(traces(committed, erased.id(), summaryTerm)).as("traces in the committed index").isEmpty();
            assertThat(committed.numDocs()).isGreaterThanOrEqualTo(others.size());
            Set<String> needed = new HashSet<>(SegmentInfos.readLatestCommit(directory).files(true));
            try (Stream<Path> files = Files.list(seekersDir)) {
                assertThat(files.map(f -> f.getFileName().toString()).filter(f -> !f.equals("write.lock")))
                        .as("every file on disk belongs to the last commit (no old segment left behind)")
                        .allMatch(needed::contains);
            }
        }
    }

    /** Where the index still holds the person: id term, profile word, stored id, in live and deleted documents. */
    private static List<String> traces(IndexReader reader, String id, String summaryTerm) {
        List<String> found = new ArrayList<>();
        try {
            for (LeafReaderContext context : reader.leaves()) {
                LeafReader leaf = context.reader();
                String segment = leaf.toString();
                if (hasTerm(leaf, IndexSchema.ID, id)) {
                    found.add("id term in " + segment);
                }
                if (hasTerm(leaf, IndexSchema.Seeker.SUMMARY, summaryTerm)) {
                    found.add("summary term in " + segment);
                }
                StoredFields stored = leaf.storedFields();
                for (int doc = 0; doc < leaf.maxDoc(); doc++) { // maxDoc: deleted documents included
                    if (id.equals(stored.document(doc).get(IndexSchema.ID))) {
                        found.add("stored id of doc " + doc + " in " + segment);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static boolean hasTerm(LeafReader leaf, String id) {
        try {
            return hasTerm(leaf, IndexSchema.ID, id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hasTerm(LeafReader leaf, String field, String term) throws IOException {
        Terms terms = leaf.terms(field);
        if (terms == null) {
            return false;
        }
        TermsEnum iterator = terms.iterator();
        return iterator.seekExact(new BytesRef(term));
    }

    /** The term the schema's analyzer indexes for {@code word} in {@code field}. */
    private static String indexedTerm(String field, String word) throws IOException {
        try (Analyzer analyzer = IndexSchema.analyzer(); TokenStream tokens = analyzer.tokenStream(field, word)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            assertThat(tokens.incrementToken()).isTrue();
            String value = term.toString();
            tokens.end();
            return value;
        }
    }
}
