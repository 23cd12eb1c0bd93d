package fr.tremplin.core.ranking;

import fr.tremplin.core.index.IndexSchema;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A segment's ids, read once and kept for the searches of the same segment, at most {@link SegmentIds#MAX_KEPT}. */
class SegmentIdsTest {

    @Test
    void theIdsReadAreKeptForTheSegmentUpToTheLimitAndTheOthersStillRead() throws IOException {
        int n = SegmentIds.MAX_KEPT + 10;
        try (Directory directory = new ByteBuffersDirectory()) {
            List<String> written = new ArrayList<>();
            try (IndexWriter writer = new IndexWriter(directory, IndexSchema.writerConfig())) {
                for (int i = 0; i < n; i++) {
                    String id = String.format("p%06d", i);
                    written.add(id);
                    Document document = new Document();
                    document.add(new SortedDocValuesField(IndexSchema.ID, new BytesRef(id)));
                    writer.addDocument(document);
                }
                writer.forceMerge(1);
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                LeafReader leaf = reader.leaves().getFirst().reader();
                SegmentIds kept = SegmentIds.of(leaf);
                assertThat(SegmentIds.of(leaf)).as("one per segment").isSameAs(kept);

                SortedDocValues ids = leaf.getSortedDocValues(IndexSchema.ID);
                String first = kept.get(ids, 0);
                assertThat(first).isEqualTo("p000000");
                assertThat(kept.get(leaf.getSortedDocValues(IndexSchema.ID), 0)).as("kept").isSameAs(first);
                for (int ord = 0; ord < n; ord++) {
                    assertThat(kept.get(ids, ord)).isEqualTo(written.get(ord)); // ords follow the sorted ids
                }
                assertThat(kept.kept()).isEqualTo(SegmentIds.MAX_KEPT);
                assertThat(kept.get(ids, n - 1)).as("beyond the limit: read again, the same").isEqualTo(written.get(n - 1))
                        .isNotSameAs(kept.get(ids, n - 1));
            }
        }
    }
}
