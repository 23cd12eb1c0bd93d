package fr.tremplin.indexer;

import fr.tremplin.core.employer.EmployerKind;
import fr.tremplin.core.index.IndexSchema;
import fr.tremplin.core.seeker.Public;
import fr.tremplin.core.seeker.SeekerStatus;
import fr.tremplin.data.employer.Employer;
import fr.tremplin.data.employer.EmployerService;
import fr.tremplin.data.seeker.JobSeeker;
import fr.tremplin.data.seeker.JobSeekerService;
import fr.tremplin.data.vacancy.Vacancy;
import fr.tremplin.data.vacancy.VacancyService;
import fr.tremplin.indexer.store.IndexKind;
import fr.tremplin.indexer.testing.IndexTests;
import fr.tremplin.indexer.verify.VerifyReport;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import static fr.tremplin.indexer.testing.EmployerFixture.anEmployer;
import static fr.tremplin.data.testing.JobSeekerFixture.aJobSeeker;
import static fr.tremplin.indexer.testing.VacancyFixture.aVacancy;
import static org.assertj.core.api.Assertions.assertThat;

/** Writes through the data services reach the index through the outbox, and only there. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexingTest implements TestPropertyProvider {

    @Inject
    IndexService index;
    @Inject
    JobSeekerService seekers;
    @Inject
    VacancyService vacancies;
    @Inject
    EmployerService employers;

    @Override
    public Map<String, String> getProperties() {
        return IndexTests.properties(IndexTests.freshDir("indexing"));
    }

    @BeforeAll
    void indexIsBuiltOnFirstStart() {
        assertThat(index.awaitReady(Duration.ofSeconds(60))).as("index ready: %s", index.status()).isTrue();
    }

    @Test
    void createdSeekerBecomesSearchableWithItsProgrammes() throws Exception {
        JobSeeker seeker = seekers.create(aJobSeeker().with(Public.RSA).bornOn(LocalDate.of(1980, 3, 1)).build());
        index.syncNow();

        assertThat(index.indexedVersion(IndexKind.SEEKERS, seeker.id())).hasValue(seeker.version());
        assertThat(count(IndexKind.SEEKERS, seeker.id(), new Term(IndexSchema.Seeker.PROGRAMME, "PEC"))).as("an RSA recipient is eligible to PEC").isEqualTo(1);
    }

    @Test
    void updateReplacesTheDocument() {
        JobSeeker created = seekers.create(aJobSeeker().build());
        JobSeeker placed = seekers.update(created.id(), created.version(), created.withStatus(SeekerStatus.PLACED));
        index.syncNow();

        assertThat(placed.version()).isGreaterThan(created.version());
        assertThat(index.indexedVersion(IndexKind.SEEKERS, created.id())).hasValue(placed.version());
        assertThat(count(IndexKind.SEEKERS, created.id())).isEqualTo(1);
        assertThat(count(IndexKind.SEEKERS, created.id(), new Term(IndexSchema.Seeker.STATUS, "PLACED"))).as("a placed seeker leaves the pool: status PLACED in the index").isEqualTo(1);
    }

    @Test
    void erasedPersonIsGoneFromTheIndex() {
        JobSeeker seeker = seekers.create(aJobSeeker().named("Effacée", "Personne").build());
        index.syncNow();
        assertThat(index.indexedVersion(IndexKind.SEEKERS, seeker.id())).isPresent();

        seekers.delete(seeker.id());
        index.syncNow();

        assertThat(index.indexedVersion(IndexKind.SEEKERS, seeker.id())).isEmpty();
        assertThat(count(IndexKind.SEEKERS, seeker.id())).isZero();
        VerifyReport report = index.verify();
        assertThat(report.seekers().extra()).doesNotContain(seeker.id());
    }

    @Test
    void vacancyCarriesItsEmployerKind() {
        Employer geiq = employers.create(anEmployer().kind(EmployerKind.EMPLOYER_GROUP).build());
        Vacancy vacancy = vacancies.create(aVacancy(geiq.id()).insertionHours(200).build());
        index.syncNow();

        assertThat(index.indexedVersion(IndexKind.VACANCIES, vacancy.id())).hasValue(vacancy.version());
        assertThat(count(IndexKind.VACANCIES, vacancy.id(),
                new Term(IndexSchema.Vacancy.EMPLOYER_KIND, "EMPLOYER_GROUP"),
                new Term(IndexSchema.Vacancy.INSERTION_CLAUSE, "true"))).isEqualTo(1);

        vacancies.delete(vacancy.id());
        index.syncNow();
        assertThat(index.indexedVersion(IndexKind.VACANCIES, vacancy.id())).isEmpty();
    }

    @Test
    void unmappableRowIsLeftOutAndReported() {
        JobSeeker broken = seekers.create(aJobSeeker().withSkill("NOT-A-SKILL").build());
        index.syncNow();

        assertThat(index.indexedVersion(IndexKind.SEEKERS, broken.id())).isEmpty();
        assertThat(index.status().rejectedRows())
                .anySatisfy(r -> {
                    assertThat(r.id()).isEqualTo(broken.id());
                    assertThat(r.reason()).contains("NOT-A-SKILL");
                });
        VerifyReport report = index.verify();
        assertThat(report.seekers().missing()).contains(broken.id());
        assertThat(index.status().problems()).anySatisfy(p -> assertThat(p).contains("Écarts entre la base de données et les index"));

        seekers.delete(broken.id());
        index.syncNow();
        assertThat(index.verify().consistent()).isTrue();
        assertThat(index.status().healthy()).as("status: %s", index.status()).isTrue();
    }

    /** Documents of {@code id} that also have every one of {@code terms}. */
    private long count(IndexKind kind, String id, Term... terms) {
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(new TermQuery(IndexSchema.idTerm(id)), BooleanClause.Occur.FILTER);
        for (Term term : terms) {
            query.add(new TermQuery(term), BooleanClause.Occur.FILTER);
        }
        return index.withSearcher(kind, s -> (long) s.count(query.build()));
    }
}
