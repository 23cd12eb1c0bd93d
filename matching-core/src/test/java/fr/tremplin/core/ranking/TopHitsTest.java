package fr.tremplin.core.ranking;

import fr.tremplin.core.index.IndexSchema;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The running top hits read a hit's id from the index only to break a tie, or for the page. */
class TopHitsTest {

    @Test
    void idsAreReadOnlyForTiesAndThePage() throws IOException {
        try (Directory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, IndexSchema.writerConfig())) {
                for (String id : List.of("a", "b", "c", "d", "e")) {
                    Document document = new Document();
                    document.add(new SortedDocValuesField(IndexSchema.ID, new BytesRef(id)));
                    writer.addDocument(document);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                SortedDocValues ids = reader.leaves().getFirst().reader().getSortedDocValues(IndexSchema.ID);
                SegmentIds kept = SegmentIds.of(reader.leaves().getFirst().reader());
                List<HitId> lazy = new ArrayList<>();
                for (int ord = 0; ord < 5; ord++) {
                    lazy.add(HitId.lazy(kept, ids, ord));
                }
                TopHits top = new TopHits(2);
                top.offer(hit(lazy.get(0), 0.5));
                top.offer(hit(lazy.get(1), 0.7));
                top.offer(hit(lazy.get(2), 0.9));
                assertThat(lazy).as("distinct scores need no id").noneMatch(HitId::resolved);

                assertThat(top.accepts(0.7, lazy.get(3))).as("d ties with b, the worst kept, and sorts after it").isFalse();
                assertThat(lazy.get(3).resolved()).isTrue();
                assertThat(lazy.get(1).resolved()).isTrue();
                assertThat(lazy.get(4).resolved()).isFalse();

                assertThat(top.sorted()).extracting(HitData::id).containsExactly("c", "b");
                assertThat(lazy.get(0).resolved()).as("a left the top without being read").isFalse();
                assertThat(kept.kept()).as("b, c, d read and kept").isEqualTo(3);
            }
        }
    }

    private static HitData hit(HitId id, double score) {
        return new HitData(id, score, new double[0], new double[0], Double.NaN, OccupationRelation.NONE, () -> null,
                null, 0, () -> HitData.SkillMatch.NONE, 0, 0, List.of(), -1, 0, List::of);
    }
}
