package fr.tremplin.core.evaluation;

import fr.tremplin.core.index.IndexSchema;
import fr.tremplin.core.index.SeekerIndexView;
import fr.tremplin.core.index.VacancyDocuments;
import fr.tremplin.core.ranking.MatchPolicy;
import fr.tremplin.core.ranking.Ranking;
import fr.tremplin.core.ranking.TrainingLine;
import fr.tremplin.core.referential.CsvReader;
import fr.tremplin.core.referential.CsvRow;
import fr.tremplin.core.referential.Referential;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Evaluates the training lines ({@link Ranking#trainings}) on the judged set: its 40 vacancies are the open
 * vacancies, and {@value #FILE} gives, for people of the set, the lines an adviser applying the rules of
 * docs/adviser-intelligence.md by hand finds (item and number of vacancies it unlocks; a person with none has one
 * row without item). Measures the precision and recall of the lines, the share of expected lines whose count is
 * exact, and nDCG@5 of the order (gain: the expected count).
 */
public final class TrainingEvaluation {

    /** The expected lines, beside the judged set's files. */
    public static final String FILE = "trainings.csv";

    private TrainingEvaluation() {
    }

    /**
     * The figures, as the evaluate command prints them.
     *
     * @param people       people judged
     * @param expected     expected lines
     * @param precision    produced lines that are expected, over produced lines
     * @param recall       expected lines produced, over expected lines
     * @param exactCounts  expected lines produced with exactly the expected count, over expected lines
     * @param ndcg5        mean nDCG@5 of the produced order over the people with an expected line
     */
    public record Report(int people, int expected, double precision, double recall, double exactCounts, double ndcg5,
                         double millisPerPerson) {

        public String toTable() {
            return String.format(Locale.ROOT, "Trainings judged set: %d people, %d expected lines%n"
                            + "trainings precision = %.4f   recall = %.4f   exact counts = %.4f   nDCG@5 = %.4f   "
                            + "(%.2f ms per person)%n", people, expected, precision, recall, exactCounts, ndcg5,
                    millisPerPerson);
        }
    }

    /** The shipped judged set and expected lines. */
    public static Report run(Referential referential, MatchPolicy policy) {
        return run(referential, policy, JudgedSetFiles.load(), expectedLines());
    }

    /** person id → expected "KIND:code" → count, in file order (an empty map for a person without lines). */
    public static Map<String, Map<String, Integer>> expectedLines() {
        String resource = JudgedSetFiles.CLASSPATH_DIRECTORY + FILE;
        try (InputStream in = TrainingEvaluation.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Judged set file " + resource + " is not on the classpath");
            }
            Map<String, Map<String, Integer>> expected = new LinkedHashMap<>();
            for (CsvRow row : CsvReader.read(resource, in).requireColumns("person", "kind", "code", "unlocked").rows()) {
                Map<String, Integer> lines = expected.computeIfAbsent(row.require("person"), p -> new LinkedHashMap<>());
                String code = row.get("code");
                if (code != null && !code.isBlank()) {
                    lines.put(row.require("kind") + ":" + code, row.getInt("unlocked"));
                }
            }
            return expected;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    public static Report run(Referential referential, MatchPolicy policy, JudgedSet set,
                             Map<String, Map<String, Integer>> expected) {
        Clock clock = Clock.fixed(set.referenceDate().atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        Ranking ranking = new Ranking(referential, policy, clock);
        Map<String, SeekerIndexView> people = new LinkedHashMap<>();
        set.people().forEach(p -> people.put(p.id(), p));
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, IndexSchema.writerConfig())) {
                VacancyDocuments documents = new VacancyDocuments(referential, clock);
                for (JudgedQuery query : set.queries()) {
                    writer.updateDocument(IndexSchema.idTerm(query.vacancy().id()), documents.toDocument(query.vacancy()));
                }
                writer.commit();
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setSimilarity(IndexSchema.similarity());
                return evaluate(ranking, searcher, people, expected);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Evaluating the trainings of judged set " + set.name() + " failed", e);
        }
    }

    private static Report evaluate(Ranking ranking, IndexSearcher searcher, Map<String, SeekerIndexView> people,
                                   Map<String, Map<String, Integer>> expected) {
        int produced = 0;
        int expectedLines = 0;
        int found = 0;
        int exact = 0;
        double ndcg = 0;
        int ranked = 0;
        long nanos = 0;
        for (Map.Entry<String, Map<String, Integer>> person : expected.entrySet()) {
            SeekerIndexView view = people.get(person.getKey());
            if (view == null) {
                throw new IllegalStateException(FILE + " names person " + person.getKey() + ", not in the judged set");
            }
            long start = System.nanoTime();
            List<TrainingLine> lines = ranking.trainings(searcher, view);
            nanos += System.nanoTime() - start;
            Map<String, Integer> want = person.getValue();
            List<String> order = new ArrayList<>();
            produced += lines.size();
            expectedLines += want.size();
            for (TrainingLine line : lines) {
                String key = line.kind() + ":" + line.code();
                order.add(key);
                Integer count = want.get(key);
                if (count != null) {
                    found++;
                    exact += count == line.vacanciesUnlocked() ? 1 : 0;
                }
            }
            if (!want.isEmpty()) {
                ndcg += Metrics.ndcgAt(5, order, want);
                ranked++;
            }
        }
        return new Report(expected.size(), expectedLines, produced == 0 ? 1 : (double) found / produced,
                expectedLines == 0 ? 1 : (double) found / expectedLines,
                expectedLines == 0 ? 1 : (double) exact / expectedLines, ranked == 0 ? 1 : ndcg / ranked,
                expected.isEmpty() ? 0 : nanos / 1e6 / expected.size());
    }
}
