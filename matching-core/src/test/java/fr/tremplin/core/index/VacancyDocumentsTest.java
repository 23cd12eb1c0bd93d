package fr.tremplin.core.index;

import fr.tremplin.core.employer.EmployerKind;
import fr.tremplin.core.index.IndexSchema.Vacancy;
import fr.tremplin.core.referential.Mobility;
import fr.tremplin.core.referential.MobilityKind;
import fr.tremplin.core.referential.Referential;
import fr.tremplin.core.testing.TestReferential;
import fr.tremplin.core.vacancy.ContractType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LatLonPoint;
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

import static fr.tremplin.core.index.VacancyViewFixture.aVacancy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VacancyDocumentsTest {

    private static final Referential REFERENTIAL = TestReferential.get();

    private final VacancyDocuments documents = new VacancyDocuments(REFERENTIAL, Clock.systemUTC());
    private InMemoryIndex index;

    @BeforeEach
    void open() throws IOException {
        index = new InMemoryIndex();
        add(aVacancy("v1").occupation("F1704").titled("Aide-maçon H/F").in("44143")
                .described("Chantier de gros oeuvre à Rezé, CACES R482 apprécié")
                .requiring(REFERENTIAL.skillsOf("F1704").get(0).code())
                .preferring(REFERENTIAL.skillsOf("F1704").get(1).code())
                .insertionClause(400).by("GEIQ-BTP", EmployerKind.EMPLOYER_GROUP));
        add(aVacancy("v2").occupation("N1101").titled("Cariste CACES 3").in("44184")
                .requiringLicence("CACES_R489_3").contract(ContractType.INTERIM, 35));
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private void add(VacancyViewFixture vacancy) throws IOException {
        VacancyIndexView view = vacancy.build();
        index.upsert(view.id(), documents.toDocument(view));
    }

    private static Query keyword(String field, String value) {
        return new TermQuery(new Term(field, value));
    }

    @Test
    void vacancyIsFoundByOccupationAndByTheOccupationsThatLeadToIt() throws IOException {
        String leadsToF1704 = REFERENTIAL.mobilitiesTo("F1704").stream()
                .filter(m -> m.kind() == MobilityKind.CLOSE).map(Mobility::sourceCode).findFirst().orElseThrow();

        assertThat(index.ids(new TermQuery(IndexSchema.idTerm("v2")))).containsExactly("v2");
        assertThat(index.ids(keyword(Vacancy.OCCUPATION, "F1704"))).containsExactly("v1");
        assertThat(index.ids(keyword(Vacancy.CLOSE_OCCUPATION, leadsToF1704))).containsExactly("v1");
        assertThat(index.ids(keyword(Vacancy.DOMAIN, "N11"))).containsExactly("v2");
        assertThat(index.ids(keyword(Vacancy.GRAND_DOMAIN, "F"))).containsExactly("v1");
    }

    @Test
    void vacancyIsFoundBySkillsLicencesClauseAndEmployer() throws IOException {
        assertThat(index.ids(keyword(Vacancy.REQUIRED_SKILL, REFERENTIAL.skillsOf("F1704").get(0).code())))
                .containsExactly("v1");
        assertThat(index.ids(keyword(Vacancy.NICE_SKILL, REFERENTIAL.skillsOf("F1704").get(1).code())))
                .containsExactly("v1");
        assertThat(index.ids(keyword(Vacancy.REQUIRED_LICENCE, "CACES_R489_3"))).containsExactly("v2");
        assertThat(index.ids(keyword(Vacancy.INSERTION_CLAUSE, "true"))).containsExactly("v1");
        assertThat(index.ids(IntPoint.newRangeQuery(Vacancy.INSERTION_HOURS, 1, Integer.MAX_VALUE)))
                .containsExactly("v1");
        assertThat(index.ids(keyword(Vacancy.EMPLOYER_KIND, "EMPLOYER_GROUP"))).containsExactly("v1");
        assertThat(index.ids(keyword(Vacancy.CONTRACT_TYPE, "INTERIM"))).containsExactly("v2");
        assertThat(index.ids(keyword(Vacancy.STATUS, "OPEN"))).containsExactlyInAnyOrder("v1", "v2");
    }

    @Test
    void titleAndDescriptionAreSearchableInFrench() throws IOException {
        BooleanQuery aideMacon = new BooleanQuery.Builder()
                .add(keyword(Vacancy.TITLE, "aide"), Occur.MUST)
                .add(keyword(Vacancy.TITLE, "macon"), Occur.MUST).build();

        assertThat(index.ids(aideMacon)).containsExactly("v1");
        assertThat(index.ids(keyword(Vacancy.DESCRIPTION, "reze"))).containsExactly("v1");
        assertThat(index.ids(keyword(Vacancy.TITLE, "carist"))).containsExactly("v2");
    }

    @Test
    void workplaceIsTheCommuneCentre() throws IOException {
        var reze = REFERENTIAL.commune("44143").orElseThrow();

        assertThat(index.ids(LatLonPoint.newDistanceQuery(Vacancy.WORKPLACE, reze.lat(), reze.lon(), 500)))
                .containsExactly("v1");
    }

    @Test
    void upsertReplacesTheVacancy() throws IOException {
        add(aVacancy("v1").version(2).occupation("F1703").titled("Maçon").in("44143"));

        assertThat(index.ids(keyword(Vacancy.OCCUPATION, "F1704"))).isEmpty();
        assertThat(index.ids(keyword(Vacancy.OCCUPATION, "F1703"))).containsExactly("v1");
    }

    @Test
    void insertionHoursNeedAClause() {
        assertThatThrownBy(() -> new VacancyIndexView("v9", 1, "E", EmployerKind.COMPANY, "F1703", "Maçon", "",
                "44109", null, ContractType.CDI, 35, java.time.LocalDate.of(2027, 1, 1), 1, java.util.Set.of(),
                java.util.Set.of(), java.util.Set.of(), 0, false, 100, fr.tremplin.core.vacancy.VacancyStatus.OPEN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("v9");
    }

    @Test
    void unknownOccupationFailsWithTheIdAndTheCode() {
        assertThatThrownBy(() -> documents.toDocument(aVacancy("v9").occupation("X0000").build()))
                .isInstanceOf(DocumentMappingException.class)
                .hasMessageContaining("Vacancy v9").hasMessageContaining("X0000");
    }
}
