package fr.tremplin.api.validation;

import fr.tremplin.api.support.ApiTest;
import fr.tremplin.data.common.DepartementTime;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.tremplin.api.support.JobSeekerRequestBuilder.aJobSeeker;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A body read with GET goes back with PUT as it is: the read-only fields ({@code id}, {@code createdAt},
 * {@code updatedAt}, {@code eligibility}) are accepted and ignored, while a property the resource does not have is
 * still a French 400 naming it. Creates answer 201 with the new resource's address in {@code Location}.
 * (Employers have no PUT.)
 */
@MicronautTest(transactional = false)
class GetPutRoundTripTest extends ApiTest {

    @Test
    void aJobSeekerReadWithGetIsPutBackAsItIs() {
        HttpResponse<Map> created = api.as("conseiller", HttpRequest.POST("/api/v1/job-seekers", aJobSeeker().build()));
        assertThat(created.code()).isEqualTo(201);
        String location = created.getHeaders().get("Location");
        assertThat(location).isEqualTo("/api/v1/job-seekers/" + body(created).get("id"));

        roundTrip(location, "summary", "Revu après l'entretien");
    }

    @Test
    void aVacancyReadWithGetIsPutBackAsItIs() {
        HttpResponse<Map> created = api.as("conseiller", HttpRequest.POST("/api/v1/vacancies", vacancy()));
        assertThat(created.code()).as("body %s", created.getBody(Map.class)).isEqualTo(201);
        String location = created.getHeaders().get("Location");
        assertThat(location).isEqualTo("/api/v1/vacancies/" + body(created).get("id"));

        roundTrip(location, "title", "Maçon qualifié (H/F)");
    }

    @Test
    void aPropertyTheResourceDoesNotHaveIsStillRefusedInFrench() {
        String location = api.as("conseiller", HttpRequest.POST("/api/v1/job-seekers", aJobSeeker().build()))
                .getHeaders().get("Location");
        Map<String, Object> read = new HashMap<>(body(api.as("conseiller", HttpRequest.GET(location))));
        read.put("nickname", "Mimi");
        HttpResponse<Map> response = api.as("conseiller", HttpRequest.PUT(location, read));
        assertThat(response.code()).isEqualTo(400);
        assertThat(errorFields(response)).containsExactly("nickname");
        Map<String, Object> problem = body(response);
        assertThat((String) problem.get("detail")).contains("nickname").contains("propriété inconnue")
                .doesNotContain("Unknown");
    }

    /** GET, change one field, PUT the whole body back: 200, the change kept, the version moved on. */
    private void roundTrip(String location, String field, String value) {
        Map<String, Object> read = body(api.as("conseiller", HttpRequest.GET(location)));
        assertThat(read).containsKeys("id", "version", "createdAt", "updatedAt");
        Map<String, Object> edited = new HashMap<>(read);
        edited.put(field, value);
        HttpResponse<Map> put = api.as("conseiller", HttpRequest.PUT(location, edited));
        assertThat(put.code()).as("PUT of the GET body: %s", put.getBody(Map.class)).isEqualTo(200);
        Map<String, Object> written = body(put);
        assertThat(written.get(field)).isEqualTo(value);
        assertThat(written.get("id")).isEqualTo(read.get("id"));
        assertThat(written.get("createdAt")).isEqualTo(read.get("createdAt"));
        assertThat(((Number) written.get("version")).longValue()).isEqualTo(((Number) read.get("version")).longValue() + 1);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> vacancy() {
        Map<String, Object> employers = body(api.as("entreprise", HttpRequest.GET("/api/v1/employers")));
        Map<String, Object> v = new HashMap<>();
        v.put("employerId", ((List<Map<String, Object>>) employers.get("items")).get(0).get("id"));
        v.put("occupation", "F1703");
        v.put("title", "Maçon (H/F)");
        v.put("communeInsee", "44109");
        v.put("contractType", "CDI");
        v.put("hoursPerWeek", 35);
        v.put("startDate", LocalDate.now(DepartementTime.ZONE).plusDays(30).toString());
        v.put("positions", 1);
        Map<String, Object> occupation = body(api.as("conseiller", HttpRequest.GET("/api/v1/occupations/F1703")));
        v.put("requiredSkills", ((List<Map<String, Object>>) occupation.get("skills")).stream()
                .map(s -> (String) s.get("code")).limit(2).toList());
        return v;
    }
}
