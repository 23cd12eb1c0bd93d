package fr.tremplin.api.validation;

import fr.tremplin.api.seeker.JobSeekerRequest;
import fr.tremplin.api.shortlist.ShortlistScenario;
import fr.tremplin.api.vacancy.VacancyRequest;
import fr.tremplin.api.support.ApiTest;
import fr.tremplin.api.support.DatabaseSnapshot;
import fr.tremplin.data.common.DepartementTime;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.tremplin.api.support.JobSeekerRequestBuilder.aJobSeeker;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "A rejected request changes nothing", checked on the whole schema (every table's row count, the outbox
 * included) and on the record a refused update aimed at: 413 (body above 1 MB) and 422 (semantic errors) on
 * creations and updates of people and vacancies, and a shortlist refused for one unconsenting person.
 */
@MicronautTest(transactional = false)
@Property(name = "tremplin.shortlists.follow-up-enabled", value = "false")
class RejectedRequestsWriteNothingTest extends ApiTest {

    private static final String SEEKERS = "/api/v1/job-seekers";
    private static final String VACANCIES = "/api/v1/vacancies";
    private static final String HUGE = "a".repeat(2 * 1024 * 1024);

    @Inject
    DataSource dataSource;

    private ShortlistScenario s;

    @BeforeEach
    void loggedIn() {
        s = new ShortlistScenario(api);
        List.of("conseiller", "entreprise", "admin").forEach(api::token); // logins happen before any snapshot
    }

    @Test
    void aPersonAboveTheSizeLimitIs413AndNothingIsWritten() {
        String person = "{\"externalRef\":\"RSA-413\",\"firstName\":\"Trop\",\"lastName\":\"Long\","
                + "\"summary\":\"" + HUGE + "\"}";
        assertRefusedWritingNothing("conseiller", HttpRequest.POST(SEEKERS, person), HttpStatus.REQUEST_ENTITY_TOO_LARGE);
    }

    @Test
    void anUpdateAboveTheSizeLimitIs413AndLeavesThePersonAsItWas() {
        String id = s.seeker();
        Map<String, Object> before = s.seekerRecord(id);
        Map<String, Object> change = asRequest(before, JobSeekerRequest.class);
        change.put("summary", HUGE);
        assertRefusedWritingNothing("conseiller", HttpRequest.PUT(SEEKERS + "/" + id, change),
                HttpStatus.REQUEST_ENTITY_TOO_LARGE);
        assertThat(s.seekerRecord(id)).isEqualTo(before);
    }

    @Test
    void aVacancyAboveTheSizeLimitIs413AndNothingIsWritten() {
        Map<String, Object> vacancy = asRequest(s.vacancyRecord(s.vacancy("entreprise", 1, null)), VacancyRequest.class);
        vacancy.remove("version");
        vacancy.put("description", HUGE);
        assertRefusedWritingNothing("entreprise", HttpRequest.POST(VACANCIES, vacancy), HttpStatus.REQUEST_ENTITY_TOO_LARGE);
    }

    @Test
    void aPersonWithAnUnknownOccupationAndACommuneOutsideIs422AndNothingIsWritten() {
        Object person = aJobSeeker().targeting("Z9999").in("75056").build();
        HttpResponse<Map> response = assertRefusedWritingNothing("conseiller", HttpRequest.POST(SEEKERS, person),
                HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(errorFields(response)).contains("targetOccupations[0]", "communeInsee");
    }

    @Test
    void anUpdateWithAnUnknownSkillIs422AndLeavesThePersonAsItWas() {
        String id = s.seeker();
        Map<String, Object> before = s.seekerRecord(id);
        Map<String, Object> change = asRequest(before, JobSeekerRequest.class);
        change.put("skills", List.of("999999999"));
        change.put("lastName", "Changé");
        HttpResponse<Map> response = assertRefusedWritingNothing("conseiller", HttpRequest.PUT(SEEKERS + "/" + id, change),
                HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(errorFields(response)).contains("skills[0]");
        assertThat(s.seekerRecord(id)).isEqualTo(before);
    }

    @Test
    void aVacancyUpdateWithAnUnknownOccupationIs422AndLeavesTheVacancyAsItWas() {
        String id = s.vacancy("entreprise", 2, null);
        Map<String, Object> before = s.vacancyRecord(id);
        Map<String, Object> change = asRequest(before, VacancyRequest.class);
        change.put("occupation", "Q0000");
        change.put("title", "Titre changé (H/F)");
        HttpResponse<Map> response = assertRefusedWritingNothing("entreprise", HttpRequest.PUT(VACANCIES + "/" + id, change),
                HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(errorFields(response)).contains("occupation");
        assertThat(s.vacancyRecord(id)).isEqualTo(before);
    }

    @Test
    void aShortlistWithOneUnconsentingPersonIs422AndNoPartOfItIsWritten() {
        String vacancy = s.vacancy("entreprise", 1, null);
        String consenting = s.seeker();
        String refusing = s.seeker(b -> b.consent(false));
        Map<String, Object> shortlist = Map.of("vacancyId", vacancy, "jobSeekerIds", List.of(consenting, refusing),
                "note", "à voir vite");
        assertRefusedWritingNothing("conseiller", HttpRequest.POST("/api/v1/shortlists", shortlist),
                HttpStatus.UNPROCESSABLE_ENTITY);
    }

    @Test
    void insertionHoursOnAnUnknownContractAre422AndNothingIsWritten() {
        String person = s.seeker();
        Map<String, Object> hours = Map.of("contractRef", "MP-INCONNU-" + LocalDate.now(DepartementTime.ZONE).getYear(),
                "jobSeekerId", person, "hours", 35, "month", LocalDate.now(DepartementTime.ZONE).withDayOfMonth(1).toString().substring(0, 7));
        HttpResponse<Map> response = assertRefusedWritingNothing("conseiller",
                HttpRequest.POST("/api/v1/insertion-hours", hours), HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(body(response)).containsKeys("status", "title", "detail");
    }

    private HttpResponse<Map> assertRefusedWritingNothing(String username, MutableHttpRequest<?> request,
                                                         HttpStatus expected) {
        Map<String, Long> before = DatabaseSnapshot.of(dataSource);
        HttpResponse<Map> response = api.as(username, request.contentType(MediaType.APPLICATION_JSON_TYPE));
        Map<String, Long> after = DatabaseSnapshot.of(dataSource);
        assertThat(response.code()).as("status, body %s", response.getBody()).isEqualTo(expected.getCode());
        assertThat(response.getContentType()).hasValueSatisfying(
                t -> assertThat(t.toString()).startsWith("application/problem+json"));
        assertThat(after).as("row counts of every table").isEqualTo(before);
        return response;
    }
}
