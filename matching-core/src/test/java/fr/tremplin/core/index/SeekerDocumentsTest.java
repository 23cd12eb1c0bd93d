package fr.tremplin.core.index;

import fr.tremplin.core.index.IndexSchema.Seeker;
import fr.tremplin.core.referential.Commune;
import fr.tremplin.core.referential.Mobility;
import fr.tremplin.core.referential.MobilityKind;
import fr.tremplin.core.referential.Referential;
import fr.tremplin.core.seeker.Programme;
import fr.tremplin.core.seeker.Public;
import fr.tremplin.core.testing.TestReferential;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static fr.tremplin.core.index.SeekerViewFixture.aSeeker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SeekerDocumentsTest {

    private static final Referential REFERENTIAL = TestReferential.get();
    private static final String NANTES = "44109";
    private static final String REZE = "44143";
    private static final String SAINT_NAZAIRE = "44184";

    private final SeekerDocuments documents = new SeekerDocuments(REFERENTIAL,
            Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC));
    private InMemoryIndex index;

    @BeforeEach
    void open() {
        index = new InMemoryIndex();
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private void add(SeekerViewFixture seeker) throws IOException {
        SeekerIndexView view = seeker.build();
        index.upsert(view.id(), documents.toDocument(view));
    }

    private static String skillOf(String occupation, int i) {
        return REFERENTIAL.skillsOf(occupation).get(i).code();
    }

    private static Query keyword(String field, String value) {
        return new TermQuery(new Term(field, value));
    }

    /** All the words of {@code text}, as the French analyzer gives them, in {@code field}. */
    private static Query allWords(String field, String text) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        try (Analyzer analyzer = IndexSchema.analyzer()) {
            Analyzers.terms(analyzer, text).forEach(term -> query.add(new TermQuery(new Term(field, term)), Occur.MUST));
        }
        return query.build();
    }

    private void addThreePeople() throws IOException {
        add(aSeeker("s1").in(NANTES).radius(25).targeting("F1704").experienced("F1703", 30)
                .withSkill(skillOf("F1704", 0)).summary("Aide-maçonne sur chantier, CACES R482 catégorie A")
                .withJobTitle("10879").withLicence("B").with(Public.RSA).eligibleTo(Programme.PEC));
        add(aSeeker("s2").in(SAINT_NAZAIRE).radius(10).targeting("N1101").experienced("N1103", 6)
                .withSkill(skillOf("N1101", 0)).summary("Cariste expérimenté, CACES R489 cat. 3 et 5")
                .withLicence("CACES_R489_3").followedBy("UNIT-SAINT-NAZAIRE"));
        add(aSeeker("s3").in(REZE).radius(5).targeting("J1501").summary("Agent(e) d'entretien puis aide-soignante")
                .availableFrom(LocalDate.of(2027, 3, 1)).with(Public.YOUTH_UNDER_26).bornIn(2003));
    }

    @Test
    void personIsFoundByIdTerm() throws IOException {
        addThreePeople();

        assertThat(index.ids(new TermQuery(IndexSchema.idTerm("s2")))).containsExactly("s2");
    }

    @Test
    void personIsFoundByTargetExperienceAndDerivedOccupations() throws IOException {
        addThreePeople();
        String closeToF1704 = REFERENTIAL.mobilitiesFrom("F1704").stream()
                .filter(m -> m.kind() == MobilityKind.CLOSE).map(Mobility::targetCode)
                .filter(code -> !code.equals("F1703")).findFirst().orElseThrow();

        assertThat(index.ids(keyword(Seeker.TARGET_OCCUPATION, "F1704"))).containsExactly("s1");
        assertThat(index.ids(keyword(Seeker.EXPERIENCE_OCCUPATION, "F1703"))).containsExactly("s1");
        assertThat(index.ids(keyword(Seeker.CLOSE_OCCUPATION, closeToF1704))).containsExactly("s1");
        assertThat(index.ids(keyword(Seeker.DOMAIN, "F17"))).containsExactly("s1");
        assertThat(index.ids(keyword(Seeker.GRAND_DOMAIN, "N"))).containsExactly("s2");
    }

    @Test
    void derivedOccupationsKeepEachCodeAtItsNearestLevel() throws IOException {
        // ROME: F1703 → F1613 is close, F1704 → F1613 an evolution; F1704 → N1101 an evolution
        add(aSeeker("mason").targeting("F1704").experienced("F1703", 30));
        add(aSeeker("driver").targeting("F1704").experienced("N1101", 12));

        assertThat(index.ids(keyword(Seeker.CLOSE_OCCUPATION, "F1613"))).containsExactly("mason");
        assertThat(index.ids(keyword(Seeker.EVOLUTION_OCCUPATION, "F1613"))).containsExactly("driver");
        assertThat(index.ids(keyword(Seeker.EVOLUTION_OCCUPATION, "N1101"))).containsExactly("mason");
        assertThat(index.ids(keyword(Seeker.EXPERIENCE_OCCUPATION, "N1101"))).containsExactly("driver");
    }

    @Test
    void personIsFoundBySkillLicencePublicProgrammeAndUnit() throws IOException {
        addThreePeople();

        assertThat(index.ids(keyword(Seeker.SKILL, skillOf("N1101", 0)))).containsExactly("s2");
        assertThat(index.ids(keyword(Seeker.LICENCE, "CACES_R489_3"))).containsExactly("s2");
        assertThat(index.ids(keyword(Seeker.PUBLIC, "RSA"))).containsExactly("s1");
        assertThat(index.ids(keyword(Seeker.PROGRAMME, "PEC"))).containsExactly("s1");
        assertThat(index.ids(keyword(Seeker.EMPLOYMENT_UNIT, "UNIT-SAINT-NAZAIRE"))).containsExactly("s2");
        assertThat(index.ids(keyword(Seeker.STATUS, "ACTIVE"))).containsExactlyInAnyOrder("s1", "s2", "s3");
        assertThat(index.ids(keyword(Seeker.CONSENT, "true"))).hasSize(3);
    }

    @Test
    void summaryAndTitlesAreSearchableInFrench() throws IOException {
        addThreePeople();

        assertThat(index.ids(allWords(Seeker.SUMMARY, "aide macon"))).containsExactly("s1");
        assertThat(index.ids(allWords(Seeker.SUMMARY, "agente d'entretien"))).containsExactly("s3");
        assertThat(index.ids(allWords(Seeker.SUMMARY, "CACES R489"))).containsExactly("s2");
        assertThat(index.ids(allWords(Seeker.TITLES, "aide maçon"))).containsExactly("s1");
        assertThat(index.ids(allWords(Seeker.TITLES, "soins hygiene patient"))).containsExactly("s3");
    }

    @Test
    void numbersAndDatesAreRangeQueryable() throws IOException {
        addThreePeople();

        assertThat(index.ids(IntPoint.newRangeQuery(Seeker.experienceMonths("F1703"), 24, Integer.MAX_VALUE)))
                .containsExactly("s1");
        assertThat(index.ids(IntPoint.newRangeQuery(Seeker.AVAILABLE_FROM, Integer.MIN_VALUE,
                (int) LocalDate.of(2027, 1, 1).toEpochDay()))).containsExactlyInAnyOrder("s1", "s2");
        assertThat(index.ids(IntPoint.newRangeQuery(Seeker.BIRTH_YEAR, 2000, 2010))).containsExactly("s3");
        assertThat(index.ids(IntPoint.newRangeQuery(Seeker.RADIUS_KM, 20, 300))).containsExactly("s1");
    }

    @Test
    void homeIsTheCommuneCentreUnlessGeocoded() throws IOException {
        Commune nantes = REFERENTIAL.commune(NANTES).orElseThrow();
        add(aSeeker("centre").in(NANTES));
        add(aSeeker("geocoded").in(NANTES).at(47.30, -1.40));

        assertThat(index.ids(LatLonPoint.newDistanceQuery(Seeker.HOME, nantes.lat(), nantes.lon(), 1000)))
                .containsExactly("centre");
    }

    @Test
    void radiusIsCheckedPerPersonFromDocValues() throws IOException {
        add(aSeeker("nantes-25km").in(NANTES).radius(25));
        add(aSeeker("nazaire-10km").in(SAINT_NAZAIRE).radius(10));
        add(aSeeker("nazaire-80km").in(SAINT_NAZAIRE).radius(80));

        assertThat(reaching(REZE)).containsExactlyInAnyOrder("nantes-25km", "nazaire-80km");
        assertThat(reaching(SAINT_NAZAIRE)).containsExactlyInAnyOrder("nazaire-10km", "nazaire-80km");
        assertThat(REFERENTIAL.distanceKm(NANTES, SAINT_NAZAIRE)).isGreaterThan(25);
    }

    private List<String> reaching(String workplaceInsee) throws IOException {
        Commune workplace = REFERENTIAL.commune(workplaceInsee).orElseThrow();
        List<String> ids = new ArrayList<>();
        try (DirectoryReader reader = index.reader()) {
            for (LeafReaderContext segment : reader.leaves()) {
                RadiusReach reach = RadiusReach.forSegment(segment.reader(), new GeoPoint(workplace.lat(), workplace.lon()));
                StoredFields stored = segment.reader().storedFields();
                for (int doc = 0; doc < segment.reader().maxDoc(); doc++) {
                    if (reach.reaches(doc)) {
                        ids.add(stored.document(doc).get(IndexSchema.ID));
                    }
                }
            }
        }
        return ids;
    }

    @Test
    void upsertingTheSameIdTwiceKeepsOneDocumentWithTheLastVersion() throws IOException {
        add(aSeeker("s1").version(1).targeting("F1703"));
        add(aSeeker("s1").version(2).targeting("F1704"));
        add(aSeeker("s1").version(2).targeting("F1704"));

        try (DirectoryReader reader = index.reader()) {
            assertThat(reader.numDocs()).isEqualTo(1);
        }
        assertThat(index.ids(keyword(Seeker.TARGET_OCCUPATION, "F1703"))).isEmpty();
        assertThat(index.ids(keyword(Seeker.TARGET_OCCUPATION, "F1704"))).containsExactly("s1");
        assertThat(versions()).containsExactly(2L);
    }

    private List<Long> versions() throws IOException {
        List<Long> versions = new ArrayList<>();
        try (DirectoryReader reader = index.reader()) {
            for (LeafReaderContext segment : reader.leaves()) {
                NumericDocValues values = segment.reader().getNumericDocValues(IndexSchema.VERSION);
                var live = segment.reader().getLiveDocs();
                for (int doc = values.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = values.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        versions.add(values.longValue());
                    }
                }
            }
        }
        return versions;
    }

    @Test
    void unknownCodesFailWithTheIdAndTheCode() {
        assertThatThrownBy(() -> documents.toDocument(aSeeker("s9").targeting("Z9999").build()))
                .isInstanceOf(DocumentMappingException.class)
                .hasMessageContaining("Seeker s9").hasMessageContaining("Z9999")
                .satisfies(e -> assertThat(((DocumentMappingException) e).documentId()).isEqualTo("s9"));
        assertThatThrownBy(() -> documents.toDocument(aSeeker("s9").in("75056").build()))
                .isInstanceOf(DocumentMappingException.class).hasMessageContaining("75056");
        assertThatThrownBy(() -> documents.toDocument(aSeeker("s9").withSkill("nope").build()))
                .isInstanceOf(DocumentMappingException.class).hasMessageContaining("nope");
    }

    @Test
    void displayNameIsStoredNotSearchedAndCoveredByTheContentHash() {
        SeekerIndexView view = aSeeker("s1").in(NANTES).targeting("F1704").build();

        var named = documents.toDocument(view, "Amina D.");
        var renamed = documents.toDocument(view, "Amina K.");
        var unnamed = documents.toDocument(view);

        var field = named.getField(IndexSchema.Seeker.DISPLAY_NAME);
        assertThat(field.stringValue()).isEqualTo("Amina D.");
        assertThat(field.fieldType().stored()).isTrue();
        assertThat(field.fieldType().indexOptions()).isEqualTo(org.apache.lucene.index.IndexOptions.NONE);
        assertThat(unnamed.getField(IndexSchema.Seeker.DISPLAY_NAME)).isNull();
        long hash = named.getField(IndexSchema.CONTENT_HASH).numericValue().longValue();
        assertThat(renamed.getField(IndexSchema.CONTENT_HASH).numericValue().longValue()).isNotEqualTo(hash);
        assertThat(unnamed.getField(IndexSchema.CONTENT_HASH).numericValue().longValue()).isNotEqualTo(hash);
    }

    @Test
    void viewRejectsAnImpossibleRadius() {
        assertThatThrownBy(() -> aSeeker("s9").radius(-1).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("s9");
    }
}
