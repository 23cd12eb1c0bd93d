package fr.tremplin.core.ranking;

import fr.tremplin.core.index.IndexSchema;
import fr.tremplin.core.index.IndexSchema.Seeker;
import fr.tremplin.core.index.SeekerIndexView;
import fr.tremplin.core.index.VacancyIndexView;
import fr.tremplin.core.seeker.SeekerStatus;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filter columns copied onto the heap: every field of every person reads back as indexed;
 * loaded at a segment's first search, shared by the next searches, dropped with the segment; and a segment with
 * more licence terms than a long has bits ranks the same through the doc-values path it then keeps.
 */
class SeekerColumnsTest {

    private final Ranking ranking = TestIndex.ranking();

    @Test
    void everyFieldOfEveryPersonReadsBackAsIndexed() throws IOException {
        List<SeekerIndexView> people = new ArrayList<>(new RandomPools(20261208L).seekers(500));
        // the edges: dates before 1970 (negative days), no waiting date, the largest radius and diploma, a radius
        // of 0, people not live
        for (int i = 0; i < people.size(); i += 7) {
            SeekerIndexView p = people.get(i);
            LocalDate early = LocalDate.of(1960 + i % 9, 1 + i % 12, 1);
            people.set(i, new SeekerIndexView(p.id(), p.version(), i % 2 == 0 ? SeekerStatus.ACTIVE : p.status(),
                    i % 3 != 0, p.communeInsee(), p.home(), i % 5 == 0 ? SeekerIndexView.MAX_RADIUS_KM : i % 4,
                    p.licences(), p.hasVehicle(), p.targetOccupations(), p.jobTitles(), p.experiences(), p.skills(),
                    p.summary(), i % 2 == 0 ? 8 : 0, early, p.workingTime(), p.publics(), p.programmes(),
                    p.employmentUnit(), p.birthYear(), i % 3 == 0 ? null : early.minusDays(i), p.eligibility()));
        }
        Map<String, SeekerIndexView> byId = people.stream().collect(Collectors.toMap(SeekerIndexView::id,
                Function.identity()));
        int checked = 0;
        try (TestIndex index = TestIndex.ofSeekersInSegments(List.of(people.subList(0, 230),
                people.subList(230, people.size())))) {
            for (LeafReaderContext leaf : index.searcher().getIndexReader().leaves()) {
                LeafReader reader = leaf.reader();
                SeekerColumns columns = SeekerColumns.of(reader);
                SortedDocValues ids = DocValues.getSorted(reader, IndexSchema.ID);
                SortedDocValues units = DocValues.getSorted(reader, Seeker.EMPLOYMENT_UNIT);
                SortedNumericDocValues homes = DocValues.getSortedNumeric(reader, Seeker.HOME);
                for (int doc = 0; doc < reader.maxDoc(); doc++) {
                    assertThat(ids.advanceExact(doc)).isTrue();
                    SeekerIndexView p = byId.get(ids.lookupOrd(ids.ordValue()).utf8ToString());
                    String who = p.id();
                    byte flags = columns.flags[doc];
                    assertThat((flags & SeekerColumns.LIVE) != 0).as("live %s", who)
                            .isEqualTo(p.status() == SeekerStatus.ACTIVE && p.consent());
                    assertThat(flags & (SeekerColumns.HAS_HOME | SeekerColumns.HAS_RADIUS
                            | SeekerColumns.HAS_AVAILABLE)).as("flags %s", who).isEqualTo(
                            SeekerColumns.HAS_HOME | SeekerColumns.HAS_RADIUS | SeekerColumns.HAS_AVAILABLE);
                    assertThat(columns.availableFrom[doc]).as("available %s", who)
                            .isEqualTo(p.availableFrom().toEpochDay());
                    assertThat(columns.waitingSince[doc]).as("waiting %s", who).isEqualTo(p.waitingSince() == null
                            ? SeekerColumns.NOT_WAITING : (int) p.waitingSince().toEpochDay());
                    assertThat((int) columns.radiusKm[doc]).as("radius %s", who).isEqualTo(p.radiusKm());
                    assertThat(homes.advanceExact(doc)).isTrue();
                    assertThat(columns.home[doc]).as("home %s", who).isEqualTo(homes.nextValue());
                    assertThat(columns.programmes[doc] & 0xFF).as("programmes %s", who).isEqualTo(EnumMasks.of(p.programmes()));
                    assertThat(columns.publics[doc] & 0xFF).as("publics %s", who).isEqualTo(EnumMasks.of(p.publics()));
                    assertThat(columns.unit[doc]).as("unit %s", who)
                            .isEqualTo(units.lookupTerm(new BytesRef(p.employmentUnit())));
                    assertThat(columns.diploma[doc]).as("diploma %s", who).isEqualTo(p.diplomaLevel());
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(people.size());
    }

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
