package fr.tremplin.api.cli;

import fr.tremplin.data.backup.BackupException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** After a restore the index describes another database: it is deleted (and rebuilt from the restored one). */
final class IndexInvalidation {
    /** The lock file of the index directory (see the indexer's GenerationStore). */
    private static final String LOCK = "tremplin-index.lock";

    private IndexInvalidation() {
    }

    /** Refuses when a running service holds the index directory. */
    static void requireUnused(Path root) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Directory directory = FSDirectory.open(root); Lock ignored = directory.obtainLock(LOCK)) {
            // free: nobody uses it
        } catch (LockObtainFailedException e) {
            throw new BackupException("L'index " + root + " est utilisé par un service Tremplin en marche :"
                    + " arrêtez-le avant de restaurer");
        } catch (IOException e) {
            throw new BackupException("Impossible de vérifier l'index " + root + " : " + e.getMessage(), e);
        }
    }

    /** Deletes everything under the index directory. */
    static void delete(Path root) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new BackupException("Base restaurée, mais l'ancien index " + root + " n'a pas pu être supprimé ("
                    + e.getMessage() + ") : supprimez ce dossier avant de démarrer le service", e);
        }
    }
}
