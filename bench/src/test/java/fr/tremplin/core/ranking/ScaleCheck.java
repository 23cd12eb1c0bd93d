package fr.tremplin.core.ranking;

import fr.tremplin.core.index.IndexSchema;
import fr.tremplin.core.index.SeekerDocuments;
import fr.tremplin.core.index.VacancyIndexView;
import fr.tremplin.core.testing.TestReferential;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The candidate ranking on a dense département of N synthetic people (default 1,000,000), on disk. Off by
 * default (it takes minutes): {@code -Dtremplin.scaleCheck=1000000}. Prints p50/p99 with and without exact
 * counts; asserts nothing.
 */
@EnabledIfSystemProperty(named = "tremplin.scaleCheck", matches = "\\d+")
class ScaleCheck {

    @Test
    void candidatesAtScale(@TempDir Path temporary) throws IOException {
        int people = Integer.parseInt(System.getProperty("tremplin.scaleCheck"));
        // -Dtremplin.scaleDir=/some/dir keeps the index between runs (built when the directory is empty)
        Path directory = System.getProperty("tremplin.scaleDir") == null ? temporary
                : Path.of(System.getProperty("tremplin.scaleDir"));
        java.nio.file.Files.createDirectories(directory);
        boolean build = !DirectoryReader.indexExists(FSDirectory.open(directory));
        RandomPools pools = new RandomPools(11L, RandomPools.DEMO_OCCUPATIONS);
        SeekerDocuments documents = new SeekerDocuments(TestReferential.get(), TestIndex.CLOCK);
        long start = System.nanoTime();
        try (FSDirectory fs = FSDirectory.open(directory)) {
            if (build) {
                try (IndexWriter writer = new IndexWriter(fs, IndexSchema.seekerWriterConfig().setRAMBufferSizeMB(64))) {
                    for (int i = 0; i < people; i++) {
                        String id = String.format("s%07d", i);
                        writer.addDocument(documents.toDocument(pools.seeker(id)));
                    }
                    writer.commit();
                }
            } else {
                for (int i = 0; i < people; i++) {
                    pools.seeker("skip"); // keep the random sequence, so the vacancies are the same
                }
            }
            System.out.printf(Locale.ROOT, "indexed %,d people in %.1f s%n", people, (System.nanoTime() - start) / 1e9);
            List<VacancyIndexView> vacancies = pools.vacancies(300);
            Ranking ranking = TestIndex.ranking();
            try (DirectoryReader reader = DirectoryReader.open(fs)) {
                IndexSearcher searcher = Boolean.getBoolean("tremplin.scaleSingleThread") ? new IndexSearcher(reader)
                        : new fr.tremplin.core.index.ParallelSearcher(reader);
                searcher.setSimilarity(IndexSchema.similarity());
                System.out.println("slices: " + searcher.getSlices().length);
                System.out.println("segments: " + reader.leaves().size());
                for (boolean exact : List.of(false, true)) {
                    PageRequest page = exact ? PageRequest.of(0, 20) : PageRequest.of(0, 20).withoutCounts();
                    long[] nanos = new long[vacancies.size() * 5];
                    int n = 0;
                    long total = 0;
                    for (int round = -3; round < 5; round++) {
                        for (VacancyIndexView vacancy : vacancies) {
                            long t = System.nanoTime();
                            RankedPage<CandidateHit> result = ranking.candidates(searcher,
                                    new CandidateQuery(vacancy, false, null, page));
                            if (round >= 0) {
                                nanos[n++] = System.nanoTime() - t;
                                total += result.total();
                            }
                        }
                    }
                    Arrays.sort(nanos);
                    System.out.printf(Locale.ROOT, "candidates, %,d people, %s: p50 %.2f ms, p99 %.2f ms (mean total %d)%n",
                            people, exact ? "exact counts + facets" : "top page only", nanos[n / 2] / 1e6,
                            nanos[(int) (n * 0.99)] / 1e6, total / n);
                }
            }
        }
    }
}
