package fr.tremplin.indexer;

import fr.tremplin.data.index.VersionScan;
import fr.tremplin.data.seeker.JobSeeker;
import fr.tremplin.data.seeker.JobSeekerService;
import fr.tremplin.indexer.testing.IndexTests;
import fr.tremplin.core.index.ContentHash;
import fr.tremplin.core.index.IndexSchema;
import fr.tremplin.indexer.mapping.IndexDocuments;
import fr.tremplin.indexer.store.IndexKind;
import fr.tremplin.indexer.verify.IndexCheck;
import fr.tremplin.indexer.verify.StaleDocument;
import fr.tremplin.indexer.verify.VerifyReport;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static fr.tremplin.indexer.testing.IndexComparison.assertIndexEqualsDatabase;
import static fr.tremplin.data.testing.JobSeekerFixture.aJobSeeker;
import static org.assertj.core.api.Assertions.assertThat;

/** The consistency check finds what bypassed the outbox, and the repair fixes it. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VerifyTest implements TestPropertyProvider {

    @Inject
    IndexService index;
    @Inject
    JobSeekerService seekers;
    @Inject
    VersionScan versions;
    @Inject
    DataSource dataSource;
    @Inject
    IndexDocuments documents;

    @Override
    public Map<String, String> getProperties() {
        return IndexTests.properties(IndexTests.freshDir("verify"));
    }

    @BeforeAll
    void ready() {
        assertThat(index.awaitReady(Duration.ofSeconds(60))).isTrue();
    }

    @Test
    void writesBehindTheOutboxAreFoundAndRepaired() throws Exception {
        JobSeeker stale = seekers.create(aJobSeeker().build());
        JobSeeker erased = seekers.create(aJobSeeker().build());
        index.syncNow();
        assertThat(index.verify().consistent()).isTrue();

        sql("UPDATE job_seeker SET version = version + 5 WHERE id = ?", stale.id());
        sql("DELETE FROM job_seeker WHERE id = ?", erased.id());
        VerifyReport report = index.verify();

        assertThat(report.consistent()).isFalse();
        assertThat(report.seekers().stale()).containsExactly(new StaleDocument(stale.id(), stale.version() + 5,
                stale.version()));
        assertThat(report.seekers().extra()).containsExactly(erased.id());
        assertThat(index.status().healthy()).isFalse();

        VerifyReport repaired = index.verifyAndRepair();
        assertThat(repaired.consistent()).as(repaired.summary()).isTrue();
        assertThat(repaired.repaired()).isEqualTo(2);
        assertThat(index.status().healthy()).isTrue();
        assertCountsAgree(report);
        assertCountsAgree(repaired);
        assertIndexEqualsDatabase(index, versions);
    }

    @Test
    void aDocumentWithTheRightVersionButOtherContentIsFoundAndRepaired() {
        JobSeeker unhashed = seekers.create(aJobSeeker().build());
        JobSeeker rehashed = seekers.create(aJobSeeker().build());
        index.syncNow();
        VerifyReport before = index.verify();
        assertThat(before.consistent()).as(before.summary()).isTrue();
        assertCountsAgree(before);

        // same id and version, another home commune, written straight through the index writer: once without a
        // content hash (a path that bypassed the mapping), once with the hash of its own (wrong) content
        index.writeBypassingTheMapping(IndexKind.SEEKERS, unhashed.id(), withOtherCommune(unhashed, false));
        index.writeBypassingTheMapping(IndexKind.SEEKERS, rehashed.id(), withOtherCommune(rehashed, true));
        assertThat(index.indexedVersion(IndexKind.SEEKERS, rehashed.id())).hasValue(rehashed.version());
        VerifyReport report = index.verify();

        assertThat(report.consistent()).isFalse();
        assertThat(report.seekers().altered()).containsExactlyInAnyOrder(unhashed.id(), rehashed.id());
        assertThat(report.seekers().alteredCount()).isEqualTo(2);
        assertThat(report.seekers().staleCount() + report.seekers().missingCount() + report.seekers().extraCount())
                .isZero();
        assertThat(report.summary()).contains("2 altered");
        assertCountsAgree(report);

        VerifyReport repaired = index.verifyAndRepair();
        assertThat(repaired.consistent()).as(repaired.summary()).isTrue();
        assertThat(repaired.repaired()).isEqualTo(2);
        assertCountsAgree(repaired);
        int wrongCommune = index.withSearcher(IndexKind.SEEKERS, s -> s.count(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexSchema.Seeker.COMMUNE, OTHER_COMMUNE)), BooleanClause.Occur.FILTER)
                .add(new TermInSetQuery(IndexSchema.ID, List.of(new BytesRef(unhashed.id()),
                        new BytesRef(rehashed.id()))), BooleanClause.Occur.FILTER)
                .build()));
        assertThat(wrongCommune).as("documents left with the wrong commune").isZero();
    }

    private static final String OTHER_COMMUNE = "44184"; // Saint-Nazaire

    private Document withOtherCommune(JobSeeker row, boolean hashed) {
        Document right = documents.seeker(row, null);
        Document wrong = new Document();
        for (IndexableField field : right.getFields()) {
            if (!field.name().equals(IndexSchema.Seeker.COMMUNE) && !field.name().equals(IndexSchema.CONTENT_HASH)) {
                wrong.add(field);
            }
        }
        assertThat(right.get(IndexSchema.Seeker.COMMUNE)).isNotEqualTo(OTHER_COMMUNE);
        wrong.add(new StringField(IndexSchema.Seeker.COMMUNE, OTHER_COMMUNE, Field.Store.NO));
        wrong.add(new SortedDocValuesField(IndexSchema.Seeker.COMMUNE, new BytesRef(OTHER_COMMUNE)));
        if (hashed) {
            wrong.add(new NumericDocValuesField(IndexSchema.CONTENT_HASH, ContentHash.of(wrong)));
            wrong.add(new StoredField(IndexSchema.CONTENT_HASH, ContentHash.of(wrong)));
        }
        return wrong;
    }

    /** The summary's counts describe what the check saw. */
    private static void assertCountsAgree(VerifyReport report) {
        for (IndexCheck check : report.checks()) {
            assertThat(check.indexDocuments() - check.duplicates()).as(check.summary())
                    .isEqualTo(check.databaseRows() - check.missingCount() + check.extraCount());
        }
    }

    @Test
    void statusReportsFreshnessAndSizes() {
        java.time.Instant asked = java.time.Instant.now();
        java.time.Instant fresh = index.syncNow();
        IndexStatus status = index.status();
        assertThat(status.ready()).isTrue();
        assertThat(fresh).as("syncNow covers every row committed before the call").isAfterOrEqualTo(asked);
        assertThat(status.freshAsOf()).get().isNotNull().satisfies(f -> assertThat(f).isAfterOrEqualTo(fresh));
        assertThat(status.lag()).isPresent();
        System.out.printf("LAG right after syncNow: %d ms (printed, not asserted)%n", status.lag().get().toMillis());
        assertThat(status.documents()).containsKeys(fr.tremplin.indexer.store.IndexKind.values());
        assertThat(status.problems()).isEmpty();
    }

    private void sql(String statement, String id) throws Exception {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement s = c.prepareStatement(statement)) {
            s.setString(1, id);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }
}
