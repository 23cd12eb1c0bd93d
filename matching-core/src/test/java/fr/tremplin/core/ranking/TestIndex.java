package fr.tremplin.core.ranking;

import fr.tremplin.core.index.IndexSchema;
import fr.tremplin.core.index.SeekerDocuments;
import fr.tremplin.core.index.SeekerIndexView;
import fr.tremplin.core.index.VacancyDocuments;
import fr.tremplin.core.index.VacancyIndexView;
import fr.tremplin.core.testing.TestReferential;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/** An in-memory job-seeker or vacancy index for ranking tests, written as the indexer writes it. */
final class TestIndex implements AutoCloseable {

    /** "Today" in the ranking tests. */
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private final Directory directory;
    private final IndexWriter writer;
    private DirectoryReader reader;

    /** @param config {@link IndexSchema#seekerWriterConfig} or {@link IndexSchema#writerConfig}, as the indexer's */
    private TestIndex(Directory directory, IndexWriterConfig config) {
        this.directory = directory;
        try {
            writer = new IndexWriter(directory, config.setMergePolicy(org.apache.lucene.index.NoMergePolicy.INSTANCE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The people in one segment, sorted as the indexer sorts them ({@link IndexSchema#seekerWriterConfig}). */
    static TestIndex ofSeekers(Collection<SeekerIndexView> seekers) {
        return ofSeekers(seekers, IndexSchema.seekerWriterConfig());
    }

    /** The same people in the order they come, as an index written without the sort was (format 5 and older). */
    static TestIndex ofSeekersUnsorted(Collection<SeekerIndexView> seekers) {
        return ofSeekers(seekers, IndexSchema.writerConfig());
    }

    private static TestIndex ofSeekers(Collection<SeekerIndexView> seekers, IndexWriterConfig config) {
        TestIndex index = new TestIndex(new ByteBuffersDirectory(), config);
        SeekerDocuments documents = new SeekerDocuments(TestReferential.get(), CLOCK);
        for (SeekerIndexView seeker : seekers) {
            index.upsert(seeker.id(), documents.toDocument(seeker));
        }
        return index;
    }

    /** One segment per list (a flush between lists, no merging). */
    static TestIndex ofSeekersInSegments(List<List<SeekerIndexView>> segments) {
        return ofSeekersInSegments(new ByteBuffersDirectory(), segments);
    }

    /** One segment per list, in a directory on disk (memory-mapped, as the indexer's FSDirectory). */
    static TestIndex ofSeekersOnDisk(Path path, List<List<SeekerIndexView>> segments) {
        try {
            return ofSeekersInSegments(FSDirectory.open(path), segments);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TestIndex ofSeekersInSegments(Directory directory, List<List<SeekerIndexView>> segments) {
        return ofSeekersInSegments(directory, segments, document -> {
        });
    }

    /**
     * One segment per list, each document of the last one first changed by {@code lastSegment} (e.g. written as
     * an older mapping did).
     */
    static TestIndex ofSeekersInSegments(List<List<SeekerIndexView>> segments, Consumer<Document> lastSegment) {
        return ofSeekersInSegments(new ByteBuffersDirectory(), segments, lastSegment);
    }

    private static TestIndex ofSeekersInSegments(Directory directory, List<List<SeekerIndexView>> segments,
                                                 Consumer<Document> lastSegment) {
        TestIndex index = new TestIndex(directory, IndexSchema.seekerWriterConfig());
        SeekerDocuments documents = new SeekerDocuments(TestReferential.get(), CLOCK);
        for (int i = 0; i < segments.size(); i++) {
            for (SeekerIndexView seeker : segments.get(i)) {
                Document document = documents.toDocument(seeker);
                if (i == segments.size() - 1) {
                    lastSegment.accept(document);
                }
                index.upsert(seeker.id(), document);
            }
            index.flush();
        }
        return index;
    }

    static TestIndex ofVacancies(Collection<VacancyIndexView> vacancies) {
        return ofVacanciesInSegments(List.of(List.copyOf(vacancies)));
    }

    /** One segment per list (a flush between lists, no merging). */
    static TestIndex ofVacanciesInSegments(List<List<VacancyIndexView>> segments) {
        TestIndex index = new TestIndex(new ByteBuffersDirectory(), IndexSchema.writerConfig());
        VacancyDocuments documents = new VacancyDocuments(TestReferential.get(), CLOCK);
        for (List<VacancyIndexView> segment : segments) {
            for (VacancyIndexView vacancy : segment) {
                index.upsert(vacancy.id(), documents.toDocument(vacancy));
            }
            index.flush();
        }
        return index;
    }

    private void upsert(String id, Document document) {
        try {
            writer.updateDocument(IndexSchema.idTerm(id), document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commits what was written so far in several segments' worth, then opens a searcher. */
    IndexSearcher searcher() {
        try {
            if (reader == null) {
                writer.commit();
                reader = DirectoryReader.open(writer);
            }
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setSimilarity(IndexSchema.similarity());
            return searcher;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forces a new segment boundary (for tests that want several segments). */
    void flush() {
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Ranking ranking() {
        return new Ranking(TestReferential.get(), MatchPolicy.defaults(), CLOCK);
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
        writer.close();
        directory.close();
    }
}
