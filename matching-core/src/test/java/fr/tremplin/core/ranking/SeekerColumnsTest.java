package fr.tremplin.core.ranking;

import fr.tremplin.core.index.SeekerIndexView;
import fr.tremplin.core.index.VacancyIndexView;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filter columns copied onto the heap: loaded at a segment's first search, shared by the next searches,
 * dropped with the segment; and a segment with more licence terms than a long has bits ranks the same through
 * the doc-values path it then keeps.
 */
class SeekerColumnsTest {

    private final Ranking ranking = TestIndex.ranking();

    @Test
    void aSegmentsColumnsAreLoadedOnceAndDroppedWhenItCloses() throws IOException {
        RandomPools pools = new RandomPools(20261206L);
        List<SeekerIndexView> people = pools.seekers(400);
        VacancyIndexView vacancy = pools.vacancies(1).getFirst();
        LeafReader segment;
        try (TestIndex index = TestIndex.ofSeekersInSegments(List.of(people.subList(0, 200), people.subList(200, 400)))) {
            IndexSearcher searcher = index.searcher();
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            assertThat(leaves).hasSize(2);
            segment = leaves.getFirst().reader();
            assertThat(SeekerColumns.isLoaded(segment)).as("before any search").isFalse();

            ranking.candidates(searcher, new CandidateQuery(vacancy, false, null, PageRequest.of(0, 20)));
            assertThat(leaves).allSatisfy(leaf -> assertThat(SeekerColumns.isLoaded(leaf.reader())).isTrue());
            SeekerColumns first = SeekerColumns.of(segment);
            ranking.candidates(index.searcher(), new CandidateQuery(vacancy, true, null, PageRequest.of(0, 20)));
            assertThat(SeekerColumns.of(segment)).as("the same columns for the next search").isSameAs(first);
        }
        assertThat(SeekerColumns.isLoaded(segment)).as("after the segment is closed").isFalse();
    }

    @Test
    void moreThanSixtyFourLicenceTermsRankTheSameAsFew() throws IOException {
        RandomPools pools = new RandomPools(20261207L);
        List<SeekerIndexView> people = pools.seekers(600);
        List<SeekerIndexView> withManyLicences = people.stream().map(SeekerColumnsTest::withAnUnrelatedLicence).toList();
        List<VacancyIndexView> vacancies = pools.vacancies(120).stream()
                .filter(vacancy -> !vacancy.requiredLicences().isEmpty()).toList();
        assertThat(vacancies).as("vacancies requiring a licence").hasSizeGreaterThan(10);
        int hits = 0;
        try (TestIndex few = TestIndex.ofSeekers(people); TestIndex many = TestIndex.ofSeekers(withManyLicences)) {
            LeafReader manyLicences = many.searcher().getIndexReader().leaves().getFirst().reader();
            ranking.candidates(many.searcher(), new CandidateQuery(vacancies.getFirst(), false, null, PageRequest.of(0, 1)));
            assertThat(SeekerColumns.of(manyLicences).licenceOrds).as("no bits for 70+ licence terms").isNull();
            for (VacancyIndexView vacancy : vacancies) {
                CandidateQuery query = new CandidateQuery(vacancy, false, null, PageRequest.of(0, 50));
                RankedPage<CandidateHit> expected = ranking.candidates(few.searcher(), query);
                RankedPage<CandidateHit> actual = ranking.candidates(many.searcher(), query);
                assertThat(actual.total()).as("total for %s", vacancy.id()).isEqualTo(expected.total());
                assertThat(actual.hits()).extracting(CandidateHit::seekerId)
                        .isEqualTo(expected.hits().stream().map(CandidateHit::seekerId).toList());
                hits += actual.hits().size();
            }
        }
        assertThat(hits).as("the vacancies have candidates to compare").isGreaterThan(50);
    }

    /** The same person with one more licence among 70 codes no vacancy asks for. */
    private static SeekerIndexView withAnUnrelatedLicence(SeekerIndexView p) {
        Set<String> licences = new HashSet<>(p.licences());
        licences.add(String.format("UNRELATED_%02d", Math.floorMod(p.id().hashCode(), 70)));
        return new SeekerIndexView(p.id(), p.version(), p.status(), p.consent(), p.communeInsee(), p.home(),
                p.radiusKm(), licences, p.hasVehicle(), p.targetOccupations(), p.jobTitles(), p.experiences(),
                p.skills(), p.summary(), p.diplomaLevel(), p.availableFrom(), p.workingTime(), p.publics(),
                p.programmes(), p.employmentUnit(), p.birthYear(), p.waitingSince(), p.eligibility());
    }
}
