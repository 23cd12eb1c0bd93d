package fr.tremplin.core.ranking;

import fr.tremplin.core.index.IndexSchema.Seeker;
import fr.tremplin.core.index.SeekerIndexView;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dictionaries copied onto the heap answer every lookup as the segment's own doc values do (ords of the terms it
 * has, insertion points of those it lacks, prefix ceilings), are loaded once per segment and dropped with it.
 */
class SegmentDictionariesTest {

    @Test
    void theHeapCopyAnswersEveryLookupAsTheDocValuesDo() throws IOException {
        List<SeekerIndexView> people = new RandomPools(20261209L).seekers(400);
        int compared = 0;
        try (TestIndex index = TestIndex.ofSeekersInSegments(List.of(people.subList(0, 150), people.subList(150, 400)))) {
            for (LeafReaderContext leaf : index.searcher().getIndexReader().leaves()) {
                for (String field : List.of(Seeker.SKILL, Seeker.TARGET_OCCUPATION, Seeker.EXPERIENCE_OCCUPATION)) {
                    SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), field);
                    TermLookup copy = SegmentDictionaries.lookup(leaf.reader(), field, values);
                    TermLookup file = TermLookup.of(DocValues.getSortedSet(leaf.reader(), field));
                    for (String probe : probes(values)) {
                        assertThat(copy.lookup(new BytesRef(probe))).as("%s in %s", probe, field)
                                .isEqualTo(file.lookup(new BytesRef(probe)));
                        assertThat(copy.ceiling(probe)).isEqualTo(file.ceiling(probe));
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).as("lookups compared").isGreaterThan(500);
    }

    @Test
    void aSegmentsDictionaryIsLoadedOnceAndDroppedWhenItCloses() throws IOException {
        RandomPools pools = new RandomPools(20261210L);
        List<SeekerIndexView> people = pools.seekers(200);
        LeafReader segment;
        try (TestIndex index = TestIndex.ofSeekers(people)) {
            segment = index.searcher().getIndexReader().leaves().getFirst().reader();
            assertThat(SegmentDictionaries.isLoaded(segment, Seeker.SKILL)).as("before any search").isFalse();
            TestIndex.ranking().candidates(index.searcher(),
                    new CandidateQuery(pools.vacancies(1).getFirst(), false, null, PageRequest.of(0, 20)));
            assertThat(SegmentDictionaries.isLoaded(segment, Seeker.SKILL)).as("after a ranking").isTrue();
            assertThat(SegmentDictionaries.isLoaded(segment, Seeker.TARGET_OCCUPATION)).isTrue();
        }
        assertThat(SegmentDictionaries.isLoaded(segment, Seeker.SKILL)).as("after the segment is closed").isFalse();
    }

    /** Every term of the field, each with a neighbour that is not one, prefixes, and the ends of the order. */
    private static List<String> probes(SortedSetDocValues values) throws IOException {
        List<String> probes = new ArrayList<>(List.of("", "0", "A", "F17", "F17~", "K", "ZZZZ", "~"));
        TermsEnum e = values.termsEnum();
        for (BytesRef term = e.next(); term != null; term = e.next()) {
            String code = term.utf8ToString();
            probes.add(code);
            probes.add(code + "0");
            probes.add(code.substring(0, Math.max(0, code.length() - 1)));
        }
        return probes;
    }
}
