package fr.tremplin.indexer.store;

import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The index directory ({@code tremplin.index.dir}):
 * <pre>
 * var/index/
 *   CURRENT               one line: the generation in use, e.g. gen-000003 (replaced by an atomic rename)
 *   gen-000003/
 *     job-seekers/        Lucene index
 *     vacancies/          Lucene index
 *   tremplin-index.lock   held by the process that uses the directory
 * </pre>
 * A generation becomes current only once complete and committed; anything else found on start (a rebuild
 * interrupted by a crash, an old generation not yet deleted) is deleted. So a crash never leaves a half
 * index in use: either the previous generation, or none (and the indexer rebuilds).
 */
public final class GenerationStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GenerationStore.class);
    static final String POINTER = "CURRENT";
    static final String LOCK = "tremplin-index.lock";
    private static final Pattern GENERATION = Pattern.compile("gen-(\\d{6,})");

    private final Path root;
    private final int ramBufferMb;
    private Directory lockDirectory;
    private Lock lock;

    public GenerationStore(Path root, int ramBufferMb) {
        this.root = root;
        this.ramBufferMb = ramBufferMb;
    }

    public Path root() {
        return root;
    }

    /**
     * Takes the directory for this process: creates it, locks it and deletes what is not the current
     * generation.
     *
     * @throws IndexStoreException when another process holds the directory
     */
    public synchronized void open() {
        if (lock != null) {
            return;
        }
        try {
            Files.createDirectories(root);
            lockDirectory = FSDirectory.open(root);
            lock = lockDirectory.obtainLock(LOCK);
        } catch (LockObtainFailedException e) {
            IOUtils.closeWhileHandlingException(lockDirectory);
            throw new IndexStoreException("Another Tremplin process uses the index directory " + root + " (lock "
                    + LOCK + " is held). Stop it first, or ask the running server to rebuild (admin endpoint),"
                    + " or point this process at another tremplin.index.dir.", e);
        } catch (IOException e) {
            IOUtils.closeWhileHandlingException(lockDirectory);
            throw new IndexStoreException("Cannot create or lock the index directory " + root + ": " + e, e);
        }
        removeLeftovers();
    }

    /** The name of the current generation, if there is one. */
    public Optional<String> current() {
        try {
            String name = Files.readString(root.resolve(POINTER), StandardCharsets.UTF_8).strip();
            if (!GENERATION.matcher(name).matches()) {
                throw new IndexStoreException("The index pointer " + root.resolve(POINTER) + " holds '" + name
                        + "', not a generation name: delete the index directory and restart to rebuild it");
            }
            return Optional.of(name);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new IndexStoreException("Cannot read the index pointer " + root.resolve(POINTER) + ": " + e, e);
        }
    }

    /** Opens the current generation, if any. */
    public Optional<Generation> openCurrent() {
        requireOpen();
        return current().map(name -> {
            Path dir = root.resolve(name);
            Map<IndexKind, LuceneIndex> indexes = new EnumMap<>(IndexKind.class);
            try {
                for (IndexKind kind : IndexKind.values()) {
                    indexes.put(kind, LuceneIndex.open(kind, dir.resolve(kind.directoryName()), ramBufferMb));
                }
            } catch (RuntimeException e) {
                indexes.values().forEach(index -> closeAfterFailure(index, e));
                throw e;
            }
            return new Generation(name, dir, indexes);
        });
    }

    /** Creates a new, empty generation; it is not current until {@link #makeCurrent}. */
    public Generation createNext() {
        requireOpen();
        String name = "gen-%06d".formatted(highestNumber() + 1);
        Path dir = root.resolve(name);
        Map<IndexKind, LuceneIndex> indexes = new EnumMap<>(IndexKind.class);
        try {
            Files.createDirectories(dir);
            for (IndexKind kind : IndexKind.values()) {
                indexes.put(kind, LuceneIndex.create(kind, dir.resolve(kind.directoryName()), ramBufferMb));
            }
        } catch (IOException e) {
            indexes.values().forEach(index -> closeAfterFailure(index, e));
            throw new IndexStoreException("Cannot create the index generation " + dir + ": " + e, e);
        } catch (RuntimeException e) {
            indexes.values().forEach(index -> closeAfterFailure(index, e));
            throw e;
        }
        return new Generation(name, dir, indexes);
    }

    /**
     * Points {@code CURRENT} at {@code generation}: written to a temporary file, synced, renamed over the old
     * pointer (atomic), and the directory synced. The caller has committed the generation before.
     */
    public void makeCurrent(Generation generation) {
        requireOpen();
        Path tmp = root.resolve(POINTER + ".tmp");
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(StandardCharsets.UTF_8.encode(generation.name() + "\n"));
            channel.force(true);
        } catch (IOException e) {
            throw new IndexStoreException("Cannot write the index pointer " + tmp + ": " + e, e);
        }
        try {
            Files.move(tmp, root.resolve(POINTER), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            IOUtils.fsync(root, true);
        } catch (IOException e) {
            throw new IndexStoreException("Cannot switch the index pointer " + root.resolve(POINTER) + " to "
                    + generation.name() + ": " + e, e);
        }
    }

    /** Deletes a generation that is not current (closed by the caller). */
    public void delete(String generationName) {
        if (current().filter(generationName::equals).isPresent()) {
            throw new IllegalStateException("Refusing to delete the current index generation " + generationName);
        }
        deleteTree(root.resolve(generationName));
    }

    /** Deletes a generation directory that is not current; on failure it is left for the next start. */
    public void deleteQuietly(String generationName) {
        try {
            delete(generationName);
        } catch (RuntimeException e) {
            LOG.warn("Could not delete the old index generation {} ({}); it will be deleted on the next start",
                    root.resolve(generationName), e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        try {
            IOUtils.close(lock, lockDirectory);
        } catch (IOException e) {
            throw new IndexStoreException("Cannot release the lock of the index directory " + root + ": " + e, e);
        } finally {
            lock = null;
            lockDirectory = null;
        }
    }

    private void removeLeftovers() {
        Optional<String> current = current();
        for (String name : generationNames()) {
            if (current.isEmpty() || !current.get().equals(name)) {
                LOG.info("Deleting index generation {} left by an interrupted rebuild or an earlier swap", name);
                deleteTree(root.resolve(name));
            }
        }
        try {
            Files.deleteIfExists(root.resolve(POINTER + ".tmp"));
        } catch (IOException e) {
            throw new IndexStoreException("Cannot delete " + root.resolve(POINTER + ".tmp") + ": " + e, e);
        }
    }

    private long highestNumber() {
        long highest = 0;
        for (String name : generationNames()) {
            Matcher m = GENERATION.matcher(name);
            if (m.matches()) {
                highest = Math.max(highest, Long.parseLong(m.group(1)));
            }
        }
        Optional<String> current = current();
        if (current.isPresent()) {
            Matcher m = GENERATION.matcher(current.get());
            if (m.matches()) {
                highest = Math.max(highest, Long.parseLong(m.group(1)));
            }
        }
        return highest;
    }

    private List<String> generationNames() {
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .filter(name -> GENERATION.matcher(name).matches())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new IndexStoreException("Cannot list the index directory " + root + ": " + e, e);
        }
    }

    private void requireOpen() {
        if (lock == null) {
            throw new IllegalStateException("The index directory " + root + " is not open (call open() first)");
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new IndexStoreException("Cannot delete " + dir + ": " + e, e);
        }
    }

    private static void closeAfterFailure(LuceneIndex index, Exception cause) {
        try {
            index.close();
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }
}
