package fr.tremplin.indexer.store;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.CorruptIndexException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bytes overwritten in the middle of an index file (size unchanged) are found by the checksum verification. */
class ChecksumVerificationTest {

    @TempDir
    Path dir;

    @Test
    void overwrittenBytesInTheMiddleOfTheLargestIndexFileAreDetected() throws IOException {
        Path path = dir.resolve("job-seekers");
        try (LuceneIndex index = LuceneIndex.create(IndexKind.SEEKERS, path, 16)) {
            for (int i = 0; i < 20_000; i++) {
                Document d = new Document();
                d.add(new StringField("id", "id-" + i, Field.Store.NO));
                d.add(new NumericDocValuesField("v", new Random(i).nextLong()));
                index.add(d);
            }
            index.commit(IndexPosition.at(0, List.of()));
            assertThatCode(index::verifyChecksums).doesNotThrowAnyException();

            Path dvd;
            try (Stream<Path> files = Files.list(path)) {
                dvd = files.filter(f -> !f.getFileName().toString().startsWith("segments") && !f.toString().endsWith(".lock")).max(Comparator.comparingLong(ChecksumVerificationTest::size))
                        .orElseThrow();
            }
            long size = Files.size(dvd);
            try (RandomAccessFile raf = new RandomAccessFile(dvd.toFile(), "rw")) {
                byte[] garbage = new byte[(int) Math.min(16_384, size / 4)];
                new Random(7).nextBytes(garbage);
                raf.seek(size / 2);
                raf.write(garbage);
            }
            assertThat(Files.size(dvd)).isEqualTo(size);
            assertThatThrownBy(index::verifyChecksums).isInstanceOf(CorruptIndexException.class);
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }
}
