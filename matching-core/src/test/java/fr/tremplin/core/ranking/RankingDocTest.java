package fr.tremplin.core.ranking;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/ranking.md names every setting of the match policy with its default, and every feature. */
class RankingDocTest {

    @Test
    void everySettingIsDocumentedWithItsDefault() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "ranking.md"));

        MatchPolicy.defaults().toProperties().forEach((key, value) ->
                assertThat(doc).as("row of %s", key).containsPattern("\\| `" + key + "` \\|[^|]*\\| `"
                        + java.util.regex.Pattern.quote(value) + "` \\|"));
        for (Feature feature : Feature.values()) {
            assertThat(doc).contains("(`" + feature.id() + "`)");
        }
    }
}
