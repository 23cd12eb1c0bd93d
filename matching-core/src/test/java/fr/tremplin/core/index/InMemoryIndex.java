package fr.tremplin.core.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** A Lucene index in memory, written with the schema's configuration, for tests. */
final class InMemoryIndex implements AutoCloseable {

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;

    InMemoryIndex() {
        try {
            writer = new IndexWriter(directory, IndexSchema.writerConfig());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The indexer's write: an idempotent upsert keyed by id. */
    void upsert(String id, Document doc) throws IOException {
        writer.updateDocument(IndexSchema.idTerm(id), doc);
    }

    /** A near-real-time reader on what has been written so far; the caller closes it. */
    DirectoryReader reader() throws IOException {
        return DirectoryReader.open(writer);
    }

    /** The ids of the documents matching {@code query}, best first. */
    List<String> ids(Query query) throws IOException {
        try (DirectoryReader reader = reader()) {
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setSimilarity(IndexSchema.similarity());
            StoredFields stored = searcher.storedFields();
            List<String> ids = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query, 100).scoreDocs) {
                ids.add(stored.document(hit.doc).get(IndexSchema.ID));
            }
            return ids;
        }
    }

    @Override
    public void close() throws IOException {
        writer.close();
        directory.close();
    }
}
