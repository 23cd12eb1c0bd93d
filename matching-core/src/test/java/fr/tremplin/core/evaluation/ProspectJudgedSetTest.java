package fr.tremplin.core.evaluation;

import fr.tremplin.core.testing.TestReferential;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped prospects judged set is what {@link ProspectJudgedSetGenerator} writes (run with
 * {@code -Dtremplin.regenerateProspectSet=true} to rewrite it), and the hidden market meets its targets on it.
 */
class ProspectJudgedSetTest {

    @Test
    void shippedFilesAreWhatTheGeneratorWrites() throws IOException {
        ProspectJudgedSetGenerator generator = new ProspectJudgedSetGenerator(TestReferential.get());
        if (Boolean.getBoolean("tremplin.regenerateProspectSet")) {
            generator.write(ProspectJudgedSetGenerator.RESOURCE_DIRECTORY);
        }
        assertThat(resource(ProspectEvaluation.QUERIES)).isEqualTo(generator.queriesCsv());
        assertThat(resource(ProspectEvaluation.COMPANIES)).isEqualTo(generator.companiesCsv());
    }

    @Test
    void theHiddenMarketMeetsItsTargets() {
        ProspectEvaluation.Report report = ProspectEvaluation.run(TestReferential.get());
        System.out.println(report.toTable());
        assertThat(report.results()).hasSize(12);
        assertThat(report.blockedReturned()).as("companies with an open vacancy or beyond the radius").isZero();
        assertThat(report.ndcg10()).isGreaterThanOrEqualTo(0.90);
        assertThat(report.recall10()).isGreaterThanOrEqualTo(0.90);
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = ProspectJudgedSetTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
