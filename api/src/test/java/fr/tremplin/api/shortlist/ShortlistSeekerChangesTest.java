package fr.tremplin.api.shortlist;

import fr.tremplin.api.support.ApiTest;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import fr.tremplin.core.index.IndexSchema;
import fr.tremplin.indexer.IndexService;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Inject;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static fr.tremplin.api.shortlist.ShortlistScenario.ADVISER;
import static fr.tremplin.api.shortlist.ShortlistScenario.COMPANY;
import static fr.tremplin.api.shortlist.ShortlistScenario.candidate;
import static fr.tremplin.api.support.JobSeekerRequestBuilder.aJobSeeker;
import static org.assertj.core.api.Assertions.assertThat;

/** What happens to open proposals when the person is erased or withdraws consent. */
@MicronautTest(transactional = false)
@Property(name = "tremplin.shortlists.follow-up-enabled", value = "false")
class ShortlistSeekerChangesTest extends ApiTest {

    /** The application clock: the index dates waiting in Paris's days, whatever the JVM's zone. */
    @Inject
    Clock clock;
    @Inject
    IndexService index;
    @Inject
    DataSource dataSource;

    /** The person's "waiting without a proposal since" day, as the index holds it. */
    private LocalDate indexedWaitingSince(String seekerId) {
        index.syncNow(Duration.ofSeconds(10));
        return index.withSeekerSearcher(searcher -> {
            TopDocs hit = searcher.search(new TermQuery(IndexSchema.idTerm(seekerId)), 1);
            assertThat(hit.scoreDocs).as("%s indexed", seekerId).hasSize(1);
            int doc = hit.scoreDocs[0].doc;
            LeafReaderContext leaf = searcher.getIndexReader().leaves().get(ReaderUtil.subIndex(doc,
                    searcher.getIndexReader().leaves()));
            NumericDocValues values = leaf.reader().getNumericDocValues(IndexSchema.Seeker.WAITING_SINCE);
            assertThat(values.advanceExact(doc - leaf.docBase)).isTrue();
            return LocalDate.ofEpochDay(values.longValue());
        });
    }

    @Test
    void sendingAShortlistRestartsTheWaitingClock() throws Exception {
        assertThat(index.awaitReady(Duration.ofSeconds(60))).isTrue();
        ShortlistScenario s = new ShortlistScenario(api);
        String seeker = s.seeker();
        // the person entered the caseload 400 days ago and was never proposed
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement update = c.prepareStatement("UPDATE job_seeker SET created_at = ? WHERE id = ?")) {
            update.setTimestamp(1, Timestamp.from(Instant.now().minus(Duration.ofDays(400))));
            update.setString(2, seeker);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        Map<String, Object> record = s.seekerRecord(seeker);
        api.as(ADVISER, HttpRequest.PUT("/api/v1/job-seekers/" + seeker, aJobSeeker()
                .externalRef((String) record.get("externalRef")).version(((Number) record.get("version")).longValue())
                .build()));
        assertThat(indexedWaitingSince(seeker)).isBefore(LocalDate.now(clock).minusDays(398));

        s.sent(s.vacancy(COMPANY, 1, null), List.of(seeker));
        assertThat(indexedWaitingSince(seeker)).as("waiting counts from the sending").isEqualTo(LocalDate.now(clock));
    }

    @Test
    void erasingAPersonClosesTheirOpenProposals() {
        ShortlistScenario s = new ShortlistScenario(api);
        String seeker = s.seeker();
        String shortlist = s.sent(s.vacancy(COMPANY, 1, null), List.of(seeker));
        assertThat(s.read(ADVISER, shortlist).get("note")).isNotNull();
        assertThat(api.as("responsable", HttpRequest.DELETE("/api/v1/job-seekers/" + seeker + "?reason=test")).code()).isEqualTo(204);
        // erasure in depth: the proposal stays for the statistics, closed, under a tombstone id
        List<Map<String, Object>> left = ShortlistScenario.list(s.read(ADVISER, shortlist), "candidates");
        assertThat(left).hasSize(1);
        assertThat(left.get(0)).containsEntry("status", "CLOSED").containsEntry("reason", "SEEKER_ERASED");
        assertThat(left.get(0).get("jobSeekerId")).isNotEqualTo(seeker);
        assertThat(s.read(ADVISER, shortlist).get("note")).as("the note to the employer may name the person").isNull();
    }

    @Test
    void withdrawingConsentClosesTheirOpenProposals() {
        ShortlistScenario s = new ShortlistScenario(api);
        String seeker = s.seeker();
        String shortlist = s.sent(s.vacancy(COMPANY, 1, null), List.of(seeker));
        Map<String, Object> record = s.seekerRecord(seeker);
        Map<String, Object> updated = body(api.as(ADVISER, HttpRequest.PUT("/api/v1/job-seekers/" + seeker,
                aJobSeeker().externalRef((String) record.get("externalRef")).consent(false)
                        .version(((Number) record.get("version")).longValue()).build())));
        assertThat(updated).containsEntry("consentToShare", false);
        assertThat(candidate(s.read(ADVISER, shortlist), seeker))
                .containsEntry("status", "CLOSED").containsEntry("reason", "CONSENT_WITHDRAWN");
    }
}
