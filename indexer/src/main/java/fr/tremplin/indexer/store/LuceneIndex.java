package fr.tremplin.indexer.store;

import fr.tremplin.core.index.IndexSchema;
import fr.tremplin.core.index.SpaceOrder;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StandardDirectoryReader;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import fr.tremplin.core.index.ParallelSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

import java.io.Closeable;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Lucene index on disk: its only {@link IndexWriter} and a near-real-time {@link SearcherManager} opened
 * from it. The searcher is reopened only when {@link #refresh()} is called (controlled reopen: the outbox
 * follower calls it right after applying changes). Writes are idempotent: {@link #upsert} replaces the
 * document of the same id, {@link #delete} of an absent id does nothing.
 *
 * <p>Thread-safety: IndexWriter and SearcherManager are thread-safe; callers serialise the writes that must
 * not interleave (see the outbox follower).
 */
public final class LuceneIndex implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(LuceneIndex.class);
    /** How long {@link #expungeDeletes} waits for merges that were running when it was called. */
    private static final Duration EXPUNGE_PATIENCE = Duration.ofSeconds(30);

    private final IndexKind kind;
    private final Path path;
    private final Directory directory;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private LuceneIndex(IndexKind kind, Path path, Directory directory, Analyzer analyzer, IndexWriter writer,
                        SearcherManager searchers) {
        this.kind = kind;
        this.path = path;
        this.directory = directory;
        this.analyzer = analyzer;
        this.writer = writer;
        this.searchers = searchers;
    }

    /** Opens an existing index; fails when {@code path} holds no committed index. */
    public static LuceneIndex open(IndexKind kind, Path path, int ramBufferMb) {
        return open(kind, path, IndexWriterConfig.OpenMode.APPEND, ramBufferMb);
    }

    /** Creates an empty index in {@code path} (which should be new and empty). */
    public static LuceneIndex create(IndexKind kind, Path path, int ramBufferMb) {
        return open(kind, path, IndexWriterConfig.OpenMode.CREATE, ramBufferMb);
    }

    private static LuceneIndex open(IndexKind kind, Path path, IndexWriterConfig.OpenMode mode, int ramBufferMb) {
        Directory directory = null;
        Analyzer analyzer = null;
        IndexWriter writer = null;
        try {
            directory = FSDirectory.open(path);
            analyzer = IndexSchema.analyzer();
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setSimilarity(IndexSchema.similarity())
                    .setOpenMode(mode)
                    .setRAMBufferSizeMB(ramBufferMb)
                    .setCommitOnClose(false)
                    .setMergePolicy(erasingMergePolicy(kind));
            if (kind == IndexKind.SEEKERS && (mode == IndexWriterConfig.OpenMode.CREATE || committedSortedBySpace(directory))) {
                config.setIndexSort(SpaceOrder.SORT);
            }
            writer = new IndexWriter(directory, config);
            SearcherManager searchers = new SearcherManager(writer, true, false, new SchemaSearcherFactory());
            return new LuceneIndex(kind, path, directory, analyzer, writer, searchers);
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(writer, analyzer, directory);
            throw new IndexStoreException("Cannot open the " + kind.label() + " index in " + path + " (" + mode + "): "
                    + e, e);
        }
    }

    public IndexKind kind() {
        return kind;
    }

    public Path path() {
        return path;
    }

    /** Adds or replaces the document of {@code id}. */
    public void upsert(String id, Document document) {
        try {
            writer.updateDocument(IndexSchema.idTerm(id), document);
        } catch (IOException e) {
            throw failure("write document " + id, e);
        }
    }

    /** Adds a document known to be new (bulk load into a fresh index): cheaper than an upsert. */
    public void add(Document document) {
        try {
            writer.addDocument(document);
        } catch (IOException e) {
            throw failure("add a document", e);
        }
    }

    /** Deletes the job seeker document whose erasure key is {@code key} (see {@code ErasureKeys}). */
    public void deleteErased(String key) {
        try {
            writer.deleteDocuments(new org.apache.lucene.index.Term(IndexSchema.Seeker.ERASURE_KEY, key));
        } catch (IOException e) {
            throw failure("delete an erased document", e);
        }
    }

    public void delete(String id) {
        try {
            writer.deleteDocuments(IndexSchema.idTerm(id));
        } catch (IOException e) {
            throw failure("delete document " + id, e);
        }
    }

    /**
     * Rewrites every segment that holds a deleted document, so that what was deleted leaves the index files (the
     * right to erasure: a deleted document's terms and stored id otherwise stay in its segment until a merge
     * happens to pick it). A merge already running when this is called carries the deletion into its new segment:
     * the rewrite is repeated until no segment holds a deletion (for at most {@link #EXPUNGE_PATIENCE}, then a
     * warning; the next erasure or merge takes it). The old segments' files go with the next commit, once the
     * searchers that still read them are released. Costs a rewrite of the segments with deletions (updates leave
     * some too): meant for erasures, which are rare.
     */
    public void expungeDeletes() {
        try {
            long deadline = System.nanoTime() + EXPUNGE_PATIENCE.toNanos();
            writer.forceMergeDeletes(true);
            while (writer.hasDeletions()) {
                if (System.nanoTime() > deadline) {
                    LOG.warn("Deleted documents still in the {} index after {}: a merge in progress holds them",
                            kind.label(), EXPUNGE_PATIENCE);
                    return;
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
                writer.forceMergeDeletes(true);
            }
        } catch (IOException e) {
            throw failure("expunge the deleted documents", e);
        }
    }

    /**
     * Whether this job-seeker index is written sorted by {@link SpaceOrder} (false for the vacancies' index): an index
     * written before format 6 is opened as it was written, and the service rebuilds it ({@code LiveIndex.open}).
     */
    public boolean sortedBySpace() {
        return SpaceOrder.SORT.equals(writer.getConfig().getIndexSort());
    }

    /** Its writer's merge policy (for tests). */
    TieredMergePolicy mergePolicy() {
        return (TieredMergePolicy) writer.getConfig().getMergePolicy();
    }

    /**
     * Whether every segment of the index's last commit is sorted by {@link SpaceOrder}. An index written before
     * (format 5 or older) is not: it is opened unsorted, as it was written, and serves until a rebuild replaces it
     * (Lucene refuses to add a sort to an index written without).
     */
    private static boolean committedSortedBySpace(Directory directory) throws IOException {
        for (SegmentCommitInfo segment : SegmentInfos.readLatestCommit(directory)) {
            if (!SpaceOrder.SORT.equals(segment.info.getIndexSort())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Lucene's default merge policy (job seekers: with segments capped, {@link IndexSchema#seekerMergePolicy}), except
     * that {@link #expungeDeletes} leaves no segment with a deletion.
     */
    private static TieredMergePolicy erasingMergePolicy(IndexKind kind) {
        TieredMergePolicy policy = kind == IndexKind.SEEKERS ? IndexSchema.seekerMergePolicy() : new TieredMergePolicy();
        policy.setForceMergeDeletesPctAllowed(0.0);
        return policy;
    }

    /**
     * After a bulk load: merges a small index into one segment (the ranking prepares each segment's lookup tables
     * once per query, so one segment is fastest; well under a second at a département's size). Large indexes are
     * left to the merge policy, whose merge of a million documents would cost more than the rebuild itself.
     */
    public void mergeIfSmall(int maxDocuments) {
        try {
            if (writer.getDocStats().maxDoc <= maxDocuments) {
                writer.forceMerge(1);
            }
        } catch (IOException e) {
            throw failure("merge the segments", e);
        }
    }

    /** Makes the changes durable with {@code position} in the commit's user data. */
    public void commit(IndexPosition position) {
        writer.setLiveCommitData(position.toUserData().entrySet());
        try {
            writer.commit();
        } catch (IOException e) {
            throw failure("commit", e);
        }
    }

    /** The position stored in the last commit. */
    public IndexPosition committedPosition() {
        try {
            Map<String, String> data = DirectoryReader.listCommits(directory).getLast().getUserData();
            return IndexPosition.fromUserData(data, "the " + kind.label() + " index in " + path);
        } catch (IOException e) {
            throw failure("read the last commit", e);
        }
    }

    /** Whether merges of this index are waiting or running (one look under the writer's lock). */
    public boolean merging() {
        synchronized (writer) {
            return writer.hasPendingMerges() || !writer.getMergingSegments().isEmpty();
        }
    }

    /** Reopens the searcher on the latest changes, waiting if another thread is reopening it. */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw failure("refresh the searcher", e);
        }
    }

    /** A searcher to release with {@link #release}; throws {@code AlreadyClosedException} once closed. */
    public IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw failure("acquire a searcher", e);
        }
    }

    public void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw failure("release a searcher", e);
        }
    }

    /** Live documents seen by the current searcher. */
    public int searchableDocuments() {
        IndexSearcher searcher = acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            release(searcher);
        }
    }

    /**
     * Reads every file of the last commit, and of the segments the current searcher reads (flushed by a refresh but
     * not committed yet), to its end and compares its checksum (Lucene itself only does so on merges): a byte changed
     * in the middle of a {@code .doc} or {@code .dvd} file is found here. Without the searcher's segments, a damaged
     * file of a segment not yet committed passed the check while searches failed reading it (500s in a fault test).
     *
     * @throws CorruptIndexException (an IOException) when a file is damaged, truncated or missing
     */
    public void verifyChecksums() throws IOException {
        for (int attempt = 1; ; attempt++) {
            IndexSearcher searcher = acquire(); // held: the files of its segments are not deleted meanwhile
            try {
                Set<String> files = new TreeSet<>(SegmentInfos.readLatestCommit(directory).files(true));
                if (searcher.getIndexReader() instanceof StandardDirectoryReader reader) {
                    files.addAll(reader.getSegmentInfos().files(false));
                }
                for (String file : files) {
                    try (IndexInput in = directory.openInput(file, IOContext.READONCE)) {
                        CodecUtil.checksumEntireFile(in);
                    }
                }
                return;
            } catch (NoSuchFileException | FileNotFoundException e) {
                if (attempt >= 3) { // not a commit replaced meanwhile: a file is really missing
                    throw new CorruptIndexException("file missing: " + e.getMessage(), path.toString(), e);
                }
            } finally {
                release(searcher);
            }
        }
    }

    /** Closes searcher manager and writer; changes not committed are dropped (commit first). */
    @Override
    public void close() {
        try {
            IOUtils.close(searchers, writer, analyzer, directory);
        } catch (IOException e) {
            throw failure("close", e);
        }
    }

    private IndexStoreException failure(String action, IOException e) {
        return new IndexStoreException("Cannot " + action + " in the " + kind.label() + " index " + path + ": " + e, e);
    }

    /** Searchers with the schema's similarity (scoring matches what the writer assumed), one slice per core when large. */
    private static final class SchemaSearcherFactory extends SearcherFactory {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
            return new ParallelSearcher(reader);
        }
    }
}
