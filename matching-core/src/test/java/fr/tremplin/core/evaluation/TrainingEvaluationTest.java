package fr.tremplin.core.evaluation;

import fr.tremplin.core.ranking.MatchPolicy;
import fr.tremplin.core.testing.TestReferential;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped expected training lines are what {@link TrainingJudgmentsGenerator} writes (rewrite with
 * {@code -Dtremplin.regenerateJudgedSet=true}), and the training lines of the ranking find them all, with exact
 * counts.
 */
class TrainingEvaluationTest {

    @Test
    void shippedLinesAreWhatTheGeneratorWrites() throws IOException {
        String written = new TrainingJudgmentsGenerator(TestReferential.get()).csv(JudgedSetFiles.load());
        if (Boolean.getBoolean("tremplin.regenerateJudgedSet")) {
            Files.writeString(JudgedSetGenerator.RESOURCE_DIRECTORY.resolve(TrainingEvaluation.FILE), written,
                    StandardCharsets.UTF_8);
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("evaluation/" + TrainingEvaluation.FILE)) {
            assertThat(in).as("regenerate with -Dtremplin.regenerateJudgedSet=true").isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(written);
        }
    }

    @Test
    void theTrainingLinesMatchTheJudgedLines() {
        TrainingEvaluation.Report report = TrainingEvaluation.run(TestReferential.get(), MatchPolicy.defaults());
        System.out.print(report.toTable());

        assertThat(report.expected()).isGreaterThan(100);
        assertThat(report.recall()).isEqualTo(1.0);
        assertThat(report.precision()).isEqualTo(1.0);
        assertThat(report.exactCounts()).isEqualTo(1.0);
        assertThat(report.ndcg5()).isEqualTo(1.0);
    }
}
