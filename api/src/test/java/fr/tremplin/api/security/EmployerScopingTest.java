package fr.tremplin.api.security;

import fr.tremplin.api.support.ApiTest;
import fr.tremplin.data.common.DepartementTime;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class EmployerScopingTest extends ApiTest {

    @SuppressWarnings("unchecked")
    private String ownEmployerId(String username) {
        Map<String, Object> page = body(api.as(username, HttpRequest.GET("/api/v1/employers")));
        List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
        assertThat(items).as("an employer user sees exactly its own employer").hasSize(1);
        return (String) items.get(0).get("id");
    }

    private Map<String, Object> vacancy(String employerId) {
        Map<String, Object> v = new HashMap<>();
        if (employerId != null) {
            v.put("employerId", employerId);
        }
        v.put("occupation", "F1703");
        v.put("title", "Maçon (H/F)");
        v.put("description", "Chantier de rénovation");
        v.put("communeInsee", "44109");
        v.put("contractType", "CDI");
        v.put("hoursPerWeek", 35);
        v.put("startDate", LocalDate.now(DepartementTime.ZONE).plusDays(30).toString());
        v.put("positions", 2);
        v.put("requiredSkills", List.of("103767"));
        v.put("requiredLicences", List.of("B"));
        return v;
    }

    @Test
    void employerPostsAVacancyForItselfByDefault() {
        String own = ownEmployerId("entreprise");
        HttpResponse<Map> created = api.as("entreprise", HttpRequest.POST("/api/v1/vacancies", vacancy(null)));
        assertThat(created.code()).isEqualTo(HttpStatus.CREATED.getCode());
        assertThat(body(created)).containsEntry("employerId", own).containsEntry("status", "OPEN");
    }

    @Test
    void employerCannotPostForAnotherEmployer() {
        String other = ownEmployerId("geiq");
        HttpResponse<Map> response = api.as("entreprise", HttpRequest.POST("/api/v1/vacancies", vacancy(other)));
        assertThat(response.code()).isEqualTo(HttpStatus.FORBIDDEN.getCode());
    }

    @Test
    void employerCannotReadAnotherEmployersVacancyNorEmployer() {
        String geiq = ownEmployerId("geiq");
        String vacancyId = (String) body(api.as("geiq", HttpRequest.POST("/api/v1/vacancies", vacancy(null)))).get("id");
        // another employer's vacancy or employer answers exactly as an unknown id
        assertThat(api.as("entreprise", HttpRequest.GET("/api/v1/vacancies/" + vacancyId)).code())
                .isEqualTo(HttpStatus.NOT_FOUND.getCode());
        assertThat(api.as("entreprise", HttpRequest.DELETE("/api/v1/vacancies/" + vacancyId)).code())
                .isEqualTo(HttpStatus.NOT_FOUND.getCode());
        assertThat(api.as("entreprise", HttpRequest.GET("/api/v1/employers/" + geiq)).code())
                .isEqualTo(HttpStatus.NOT_FOUND.getCode());
        assertThat(api.as("entreprise", HttpRequest.GET("/api/v1/vacancies?employer=" + geiq)).code())
                .isEqualTo(HttpStatus.FORBIDDEN.getCode());
        assertThat(api.as("geiq", HttpRequest.GET("/api/v1/vacancies/" + vacancyId)).code())
                .isEqualTo(HttpStatus.OK.getCode());
    }

    @Test
    void employerCannotChangeAnotherEmployersVacancyAndNothingIsWritten() {
        String vacancyId = (String) body(api.as("geiq", HttpRequest.POST("/api/v1/vacancies", vacancy(null)))).get("id");
        Map<String, Object> before = body(api.as("geiq", HttpRequest.GET("/api/v1/vacancies/" + vacancyId)));

        Map<String, Object> change = asRequest(before, fr.tremplin.api.vacancy.VacancyRequest.class);
        change.put("title", "Offre détournée (H/F)");
        change.put("positions", 9);
        HttpResponse<Map> response = api.as("entreprise", HttpRequest.PUT("/api/v1/vacancies/" + vacancyId, change));

        assertThat(response.code()).as("a PUT on another employer's vacancy").isIn(HttpStatus.FORBIDDEN.getCode(),
                HttpStatus.NOT_FOUND.getCode());
        Map<String, Object> after = body(api.as("geiq", HttpRequest.GET("/api/v1/vacancies/" + vacancyId)));
        assertThat(after).containsEntry("title", before.get("title")).containsEntry("positions", before.get("positions"))
                .containsEntry("version", before.get("version"));
        // the same change by the owner goes through: the request itself was valid
        assertThat(api.as("geiq", HttpRequest.PUT("/api/v1/vacancies/" + vacancyId, change)).code())
                .isEqualTo(HttpStatus.OK.getCode());
    }

    @Test
    @SuppressWarnings("unchecked")
    void employerListsOnlyItsOwnVacancies() {
        String own = ownEmployerId("entreprise");
        api.as("geiq", HttpRequest.POST("/api/v1/vacancies", vacancy(null)));
        api.as("entreprise", HttpRequest.POST("/api/v1/vacancies", vacancy(null)));
        List<Map<String, Object>> items = (List<Map<String, Object>>) body(
                api.as("entreprise", HttpRequest.GET("/api/v1/vacancies?size=200"))).get("items");
        assertThat(items).isNotEmpty().allSatisfy(v -> assertThat(v.get("employerId")).isEqualTo(own));
    }

    @Test
    void employerCannotReachJobSeekers() {
        assertThat(api.as("entreprise", HttpRequest.GET("/api/v1/job-seekers")).code())
                .isEqualTo(HttpStatus.FORBIDDEN.getCode());
    }

    @Test
    void adviserPostsForAnyEmployerButMustNameIt() {
        String geiq = ownEmployerId("geiq");
        assertThat(api.as("conseiller", HttpRequest.POST("/api/v1/vacancies", vacancy(geiq))).code())
                .isEqualTo(HttpStatus.CREATED.getCode());
        HttpResponse<Map> unnamed = api.as("conseiller", HttpRequest.POST("/api/v1/vacancies", vacancy(null)));
        assertThat(unnamed.code()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        assertThat(errorFields(unnamed)).contains("employerId");
    }

    @Test
    void vacancyWithUnknownOccupationAndCommuneIs422() {
        Map<String, Object> bad = vacancy(null);
        bad.put("occupation", "Q0000");
        bad.put("communeInsee", "35238");
        HttpResponse<Map> response = api.as("entreprise", HttpRequest.POST("/api/v1/vacancies", bad));
        assertThat(response.code()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        assertThat(errorFields(response)).contains("occupation", "communeInsee");
    }
}
