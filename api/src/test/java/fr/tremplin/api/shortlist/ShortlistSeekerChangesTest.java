package fr.tremplin.api.shortlist;

import fr.tremplin.api.support.ApiTest;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
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

    @Test
    void erasingAPersonClosesTheirOpenProposals() {
        ShortlistScenario s = new ShortlistScenario(api);
        String seeker = s.seeker();
        String shortlist = s.sent(s.vacancy(COMPANY, 1, null), List.of(seeker));
        assertThat(api.as(ADVISER, HttpRequest.DELETE("/api/v1/job-seekers/" + seeker)).code()).isEqualTo(204);
        assertThat(candidate(s.read(ADVISER, shortlist), seeker))
                .containsEntry("status", "CLOSED").containsEntry("reason", "SEEKER_ERASED");
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
