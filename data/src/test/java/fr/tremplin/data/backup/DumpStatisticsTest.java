package fr.tremplin.data.backup;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class DumpStatisticsTest {

    @Test
    void countsTuplesPerTableWhateverTheValuesHold() throws IOException {
        String sql = """
                /*M!999999\\- enable the sandbox mode */
                -- INSERT INTO `comment` VALUES (1);
                DROP TABLE IF EXISTS `empty_one`;
                CREATE TABLE `empty_one` (
                  `id` int(11) NOT NULL
                ) ENGINE=InnoDB;
                CREATE TABLE `person` (`id` int, `note` text);
                INSERT INTO `person` VALUES
                (1,'a (tricky) value; with \\'quotes\\' and \\\\'),
                (2,NULL),
                (3,'),(4,\\''); -- the fourth is inside a string
                INSERT INTO `person` VALUES (5,'x'),(6,_binary 0x28);
                INSERT INTO `other` VALUES (1,'(((');
                """;
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        DumpStatistics statistics = new DumpStatistics(sink);
        byte[] bytes = sql.getBytes(StandardCharsets.UTF_8);
        // in odd-sized pieces, as a process pipe delivers them
        for (int i = 0; i < bytes.length; i += 7) {
            statistics.write(bytes, i, Math.min(7, bytes.length - i));
        }
        statistics.close();

        assertThat(sink.toString(StandardCharsets.UTF_8)).isEqualTo(sql);
        assertThat(statistics.rows()).containsExactlyInAnyOrderEntriesOf(
                java.util.Map.of("empty_one", 0L, "person", 5L, "other", 1L));
    }
}
