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

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What one node needs per size of the people index, for the capacity plan of docs/scale-out.md: N synthetic people
 * of a dense département (default 1,000,000) indexed on disk, then the index size, the heap the open reader keeps
 * (heap used after GC with the reader open, minus before), the build rate and the candidates latency. Off by default
 * (minutes): {@code -Dtremplin.footprint=2000000 -Dtremplin.footprintDir=/var/tmp/footprint-2m}. Prints; asserts
 * nothing.
 */
@EnabledIfSystemProperty(named = "tremplin.footprint", matches = "\\d+")
class IndexFootprintCheck {

    @Test
    void footprint() throws IOException {
        int people = Integer.parseInt(System.getProperty("tremplin.footprint"));
        Path directory = Path.of(System.getProperty("tremplin.footprintDir", "target/footprint-" + people));
        Files.createDirectories(directory);
        boolean build = !DirectoryReader.indexExists(FSDirectory.open(directory));
        RandomPools pools = new RandomPools(11L, RandomPools.DEMO_OCCUPATIONS);
        SeekerDocuments documents = new SeekerDocuments(TestReferential.get(), TestIndex.CLOCK);
        long start = System.nanoTime();
        try (FSDirectory fs = FSDirectory.open(directory)) {
            if (build) {
                try (IndexWriter writer = new IndexWriter(fs, IndexSchema.seekerWriterConfig().setRAMBufferSizeMB(64))) {
                    for (int i = 0; i < people; i++) {
                        writer.addDocument(documents.toDocument(pools.seeker(String.format("s%08d", i))));
                    }
                    writer.forceMerge(1); // the steady state after merges: sizes comparable between runs
                    writer.commit();
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf(Locale.ROOT, "footprint: indexed %,d people in %.1f s (%,.0f docs/s, one thread)%n",
                        people, seconds, people / seconds);
            } else {
                for (int i = 0; i < people; i++) {
                    pools.seeker("skip");
                }
            }
            long bytes;
            try (Stream<Path> files = Files.list(directory)) {
                bytes = files.mapToLong(p -> p.toFile().length()).sum();
            }
            long before = heapAfterGc();
            try (DirectoryReader reader = DirectoryReader.open(fs)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setSimilarity(IndexSchema.similarity());
                List<VacancyIndexView> vacancies = pools.vacancies(200);
                Ranking ranking = TestIndex.ranking();
                long[] nanos = new long[vacancies.size() * 3];
                int n = 0;
                for (int round = -2; round < 3; round++) {
                    for (VacancyIndexView vacancy : vacancies) {
                        long t = System.nanoTime();
                        ranking.candidates(searcher, new CandidateQuery(vacancy, false, null,
                                PageRequest.of(0, 20).withoutCounts()));
                        if (round >= 0) {
                            nanos[n++] = System.nanoTime() - t;
                        }
                    }
                }
                long open = heapAfterGc();
                Arrays.sort(nanos);
                System.out.printf(Locale.ROOT, "footprint: %,d people: index %.1f MB on disk (%d segments), heap kept by the"
                                + " open reader %.1f MB (heap after GC %.1f MB → %.1f MB), candidates top page p50 %.2f ms,"
                                + " p99 %.2f ms (%d calls, one thread)%n", people, bytes / 1e6, reader.leaves().size(),
                        (open - before) / 1e6, before / 1e6, open / 1e6, nanos[n / 2] / 1e6,
                        nanos[(int) (n * 0.99)] / 1e6, n);
            }
        }
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
