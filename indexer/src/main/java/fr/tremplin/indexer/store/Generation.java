package fr.tremplin.indexer.store;

import org.apache.lucene.util.IOUtils;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * One generation of the indexes: a directory {@code gen-NNNNNN} holding one Lucene index per
 * {@link IndexKind}. A rebuild writes a new generation and the {@code CURRENT} pointer then switches to it,
 * so both indexes are always swapped together.
 */
public final class Generation implements AutoCloseable {

    private final String name;
    private final Path directory;
    private final Map<IndexKind, LuceneIndex> indexes;

    Generation(String name, Path directory, Map<IndexKind, LuceneIndex> indexes) {
        this.name = name;
        this.directory = directory;
        this.indexes = new EnumMap<>(indexes);
    }

    /** The directory name, e.g. {@code gen-000003}. */
    public String name() {
        return name;
    }

    public Path directory() {
        return directory;
    }

    public LuceneIndex index(IndexKind kind) {
        return indexes.get(kind);
    }

    public LuceneIndex seekers() {
        return indexes.get(IndexKind.SEEKERS);
    }

    public LuceneIndex vacancies() {
        return indexes.get(IndexKind.VACANCIES);
    }

    /** Commits both indexes with the same position. */
    public void commit(IndexPosition position) {
        indexes.values().forEach(index -> index.commit(position));
    }

    /**
     * The position to resume from: the lower watermark of the two indexes (a crash between their two
     * commits leaves one ahead; re-applying from the lower one is harmless).
     */
    public IndexPosition committedPosition() {
        IndexPosition seekers = seekers().committedPosition();
        IndexPosition vacancies = vacancies().committedPosition();
        return seekers.watermark() <= vacancies.watermark() ? seekers : vacancies;
    }

    /** Verifies the checksums of every file of both indexes ({@link LuceneIndex#verifyChecksums()}). */
    public void verifyChecksums() throws java.io.IOException {
        for (LuceneIndex index : indexes.values()) {
            index.verifyChecksums();
        }
    }

    public void refresh() {
        indexes.values().forEach(LuceneIndex::refresh);
    }

    /** Whether merges of either index are waiting or running. */
    public boolean merging() {
        return indexes.values().stream().anyMatch(LuceneIndex::merging);
    }

    /** Closes both indexes; uncommitted changes are dropped. */
    @Override
    public void close() {
        try {
            IOUtils.close(indexes.values());
        } catch (IOException e) {
            throw new IndexStoreException("Cannot close index generation " + directory + ": " + e, e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
