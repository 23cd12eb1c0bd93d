package fr.tremplin.core.evaluation;

import fr.tremplin.core.ranking.MatchPolicy;
import fr.tremplin.core.testing.TestReferential;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped judged set is exactly what {@link JudgedSetGenerator} writes (run with
 * {@code -Dtremplin.regenerateJudgedSet=true} to rewrite it after changing the generator or the adviser
 * rules), and the candidate ranking meets the relevance targets on it.
 */
class JudgedSetTest {

    @Test
    void shippedFilesAreWhatTheGeneratorWrites(@TempDir Path directory) throws IOException {
        JudgedSetGenerator generator = new JudgedSetGenerator(TestReferential.get());
        JudgedSet set = generator.generate();
        if (Boolean.getBoolean("tremplin.regenerateJudgedSet")) {
            generator.write(set, JudgedSetGenerator.RESOURCE_DIRECTORY);
        }
        generator.write(set, directory);

        for (String file : List.of(JudgedSetFiles.META, JudgedSetFiles.PEOPLE, JudgedSetFiles.QUERIES,
                JudgedSetFiles.JUDGMENTS)) {
            assertThat(shipped(file)).as("%s (regenerate with -Dtremplin.regenerateJudgedSet=true)", file)
                    .isEqualTo(Files.readString(directory.resolve(file)));
        }
        assertThat(JudgedSetFiles.load()).isEqualTo(JudgedSetFiles.read(directory));
    }

    @Test
    void theSetCoversSectorsCommunesAndEveryPool() {
        JudgedSet set = JudgedSetFiles.load();

        assertThat(set.queries()).hasSize(40);
        assertThat(set.people().size()).isBetween(1_400, 1_800);
        assertThat(set.queries().stream().map(JudgedQuery::sector).distinct().count()).isGreaterThanOrEqualTo(9);
        assertThat(set.queries().stream().map(q -> q.vacancy().communeInsee()).distinct().count())
                .isGreaterThanOrEqualTo(15);
        assertThat(set.queries()).allSatisfy(q -> {
            assertThat(q.grades().values()).as("query %s has excellent candidates", q.id()).contains(3);
            assertThat(q.grades().values()).as("query %s has designed zeros", q.id()).contains(0);
        });
    }

    @Test
    void rankingMeetsTheRelevanceTargets() {
        EvaluationReport report = Evaluation.run(TestReferential.get(), MatchPolicy.defaults());
        System.out.println(report.toTable());

        assertThat(report.ndcgAt10()).as("mean nDCG@10").isGreaterThanOrEqualTo(0.9);
        assertThat(report.recallAt50()).as("mean recall@50").isGreaterThanOrEqualTo(0.95);
        assertThat(report.mrr()).as("MRR").isGreaterThanOrEqualTo(0.9);
    }

    private static String shipped(String file) throws IOException {
        try (InputStream in = JudgedSetTest.class.getClassLoader()
                .getResourceAsStream(JudgedSetFiles.CLASSPATH_DIRECTORY + file)) {
            assertThat(in).as("resource %s", file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
