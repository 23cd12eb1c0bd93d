package fr.tremplin.bench;

import fr.tremplin.indexer.rebuild.RebuildReport;
import fr.tremplin.indexer.store.IndexKind;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A bulk build of both indexes from MariaDB, as the rebuild does it (keyset pages read on one thread while the
 * previous page is indexed, then a commit and the swap), and the size of what it wrote.
 *
 * @param documents          people and vacancies indexed
 * @param seconds            wall time of the whole rebuild, commit and swap included
 * @param documentsPerSecond documents / seconds
 * @param seekerIndexMb      size on disk of the job-seeker index
 * @param vacancyIndexMb     size on disk of the vacancy index
 */
public record IndexBuild(long documents, double seconds, double documentsPerSecond, double seekerIndexMb,
                         double vacancyIndexMb) {

    static IndexBuild of(RebuildReport report, Path indexRoot) {
        Path generation = indexRoot.resolve(report.generation());
        return new IndexBuild(report.documents(), report.took().toNanos() / 1e9, report.documentsPerSecond(),
                sizeMb(generation.resolve(IndexKind.SEEKERS.directoryName())),
                sizeMb(generation.resolve(IndexKind.VACANCIES.directoryName())));
    }

    static double sizeMb(Path directory) {
        if (!Files.isDirectory(directory)) {
            return -1;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0; // a file merged away while walking
                }
            }).sum() / (1024.0 * 1024.0);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot measure " + directory, e);
        }
    }
}
