package fr.tremplin.api.seeker;

import fr.tremplin.api.support.ApiTest;
import fr.tremplin.api.support.JobSeekerRequestBuilder;
import fr.tremplin.data.common.DepartementTime;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static fr.tremplin.api.support.JobSeekerRequestBuilder.aJobSeeker;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class JobSeekerValidationTest extends ApiTest {
    private static final String PATH = "/api/v1/job-seekers";

    private HttpResponse<Map> post(Object body) {
        return api.as("conseiller", HttpRequest.POST(PATH, body));
    }

    private long count() {
        return ((Number) body(api.as("conseiller", HttpRequest.GET(PATH + "?size=1"))).get("total")).longValue();
    }

    private void assertRejected(JobSeekerRequestBuilder request, HttpStatus status, String field) {
        long before = count();
        HttpResponse<Map> response = post(request.build());
        assertThat(response.code()).isEqualTo(status.getCode());
        assertThat(response.getContentType()).hasValueSatisfying(
                t -> assertThat(t.toString()).startsWith("application/problem+json"));
        assertThat(errorFields(response)).contains(field);
        assertThat(count()).as("a rejected request writes nothing").isEqualTo(before);
    }

    @Test
    void validProfileIsCreatedWithEligibility() {
        HttpResponse<Map> response = post(aJobSeeker().build());
        assertThat(response.code()).isEqualTo(HttpStatus.CREATED.getCode());
        Map<String, Object> created = body(response);
        assertThat(created).containsKeys("id", "version", "eligibility");
        assertThat((List<?>) created.get("eligibility")).isNotEmpty();
        assertThat(created.get("version")).isEqualTo(0);
    }

    @Test
    void missingFirstNameIs400NamingTheField() {
        assertRejected(aJobSeeker().firstName(" "), HttpStatus.BAD_REQUEST, "firstName");
    }

    @Test
    void missingBirthDateIs400() {
        assertRejected(aJobSeeker().bornOn(null), HttpStatus.BAD_REQUEST, "birthDate");
    }

    @Test
    void malformedInseeCodeIs400() {
        assertRejected(aJobSeeker().in("441"), HttpStatus.BAD_REQUEST, "communeInsee");
    }

    @Test
    void unknownLicenceIs400WithItsIndex() {
        assertRejected(aJobSeeker().licences(List.of("B", "Z9")), HttpStatus.BAD_REQUEST, "licences[1]");
    }

    @Test
    void unknownPublicIs400() {
        assertRejected(aJobSeeker().publics("RSA", "MARTIAN"), HttpStatus.BAD_REQUEST, "publics[1]");
    }

    @Test
    void unknownWorkingTimeIs400() {
        assertRejected(aJobSeeker().workingTime("SOMETIMES"), HttpStatus.BAD_REQUEST, "workingTime");
    }

    @Test
    void negativeExperienceIs400() {
        assertRejected(aJobSeeker().experiences(List.of(new ExperienceDto("F1703", -1.0))), HttpStatus.BAD_REQUEST,
                "experiences[0].years");
    }

    @Test
    void unknownRomeCodeIs422() {
        assertRejected(aJobSeeker().targeting("Z9999"), HttpStatus.UNPROCESSABLE_ENTITY, "targetOccupations[0]");
    }

    @Test
    void unknownSkillCodeIs422() {
        assertRejected(aJobSeeker().withSkills("999999999"), HttpStatus.UNPROCESSABLE_ENTITY, "skills[0]");
    }

    @Test
    void communeOutsideLoireAtlantiqueIs422() {
        assertRejected(aJobSeeker().in("75056"), HttpStatus.UNPROCESSABLE_ENTITY, "communeInsee");
    }

    @Test
    void birthDateInTheFutureIs422() {
        assertRejected(aJobSeeker().bornOn(LocalDate.now(DepartementTime.ZONE).plusDays(1)), HttpStatus.UNPROCESSABLE_ENTITY, "birthDate");
    }

    @Test
    void radiusAbove200KmIs422() {
        assertRejected(aJobSeeker().radius(201), HttpStatus.UNPROCESSABLE_ENTITY, "mobilityRadiusKm");
    }

    @Test
    void negativeRadiusIs422() {
        assertRejected(aJobSeeker().radius(-1), HttpStatus.UNPROCESSABLE_ENTITY, "mobilityRadiusKm");
    }

    @Test
    void availabilityMoreThanAYearAgoIs422() {
        assertRejected(aJobSeeker().availableFrom(LocalDate.now(DepartementTime.ZONE).minusYears(1).minusDays(1)),
                HttpStatus.UNPROCESSABLE_ENTITY, "availableFrom");
    }

    @Test
    void unknownEmploymentUnitIs422() {
        assertRejected(aJobSeeker().unit("NOWHERE"), HttpStatus.UNPROCESSABLE_ENTITY, "employmentUnit");
    }

    @Test
    void unknownJsonPropertyIsRejected() {
        long before = count();
        HttpResponse<Map> response = api.as("conseiller", HttpRequest.POST(PATH,
                "{\"externalRef\":\"X-1\",\"nickname\":\"Zaza\"}").contentType(MediaType.APPLICATION_JSON_TYPE));
        assertThat(response.code()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(body(response).get("detail").toString()).contains("nickname");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void malformedJsonIs400() {
        HttpResponse<Map> response = api.as("conseiller", HttpRequest.POST(PATH, "{\"externalRef\": ")
                .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertThat(response.code()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(body(response)).containsEntry("status", 400);
    }

    @Test
    void bodyAboveTheLimitIs413() {
        String huge = "{\"summary\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}";
        HttpResponse<Map> response = api.as("conseiller", HttpRequest.POST(PATH, huge)
                .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertThat(response.code()).isEqualTo(HttpStatus.REQUEST_ENTITY_TOO_LARGE.getCode());
    }

    @Test
    void duplicateExternalRefIs409() {
        JobSeekerRequestBuilder first = aJobSeeker().externalRef("RSA-DUP-1");
        assertThat(post(first.build()).code()).isEqualTo(HttpStatus.CREATED.getCode());
        assertRejected(aJobSeeker().externalRef("RSA-DUP-1"), HttpStatus.CONFLICT, "externalRef");
    }

    @Test
    void staleVersionIs409AndKeepsTheNewerWrite() {
        Map<String, Object> created = body(post(aJobSeeker().build()));
        String id = (String) created.get("id");
        String ref = (String) created.get("externalRef");
        HttpResponse<Map> first = api.as("conseiller", HttpRequest.PUT(PATH + "/" + id,
                aJobSeeker().externalRef(ref).lastName("Premier").version(0L).build()));
        assertThat(first.code()).isEqualTo(HttpStatus.OK.getCode());
        assertThat(body(first).get("version")).isEqualTo(1);

        HttpResponse<Map> stale = api.as("conseiller", HttpRequest.PUT(PATH + "/" + id,
                aJobSeeker().externalRef(ref).lastName("Second").version(0L).build()));
        assertThat(stale.code()).isEqualTo(HttpStatus.CONFLICT.getCode());
        assertThat(errorFields(stale)).contains("version");
        assertThat(body(api.as("conseiller", HttpRequest.GET(PATH + "/" + id))).get("lastName")).isEqualTo("Premier");
    }

    @Test
    void updateWithoutVersionIs422() {
        Map<String, Object> created = body(post(aJobSeeker().build()));
        HttpResponse<Map> response = api.as("conseiller", HttpRequest.PUT(PATH + "/" + created.get("id"),
                aJobSeeker().externalRef((String) created.get("externalRef")).build()));
        assertThat(response.code()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        assertThat(errorFields(response)).contains("version");
    }

    @Test
    void unknownIdIs404() {
        assertThat(api.as("conseiller", HttpRequest.GET(PATH + "/no-such-id")).code())
                .isEqualTo(HttpStatus.NOT_FOUND.getCode());
    }

    @Test
    void pageSizeAbove200Is400() {
        HttpResponse<Map> response = api.as("conseiller", HttpRequest.GET(PATH + "?size=500"));
        assertThat(response.code()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(errorFields(response)).contains("size");
    }

    @Test
    void deleteErasesThePerson() {
        String id = (String) body(post(aJobSeeker().build())).get("id");
        assertThat(api.as("responsable", HttpRequest.DELETE(PATH + "/" + id + "?reason=test")).code())
                .isEqualTo(HttpStatus.NO_CONTENT.getCode());
        assertThat(api.as("conseiller", HttpRequest.GET(PATH + "/" + id)).code()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
    }

    @Test
    void listFiltersByNamePrefixUnitAndStatus() {
        // an adviser creates only in their unit: the administrator creates and lists in ANCENIS
        assertThat(api.as("admin", HttpRequest.POST(PATH, aJobSeeker().lastName("Zylberstein").unit("ANCENIS")
                .status("PAUSED").build())).code()).isEqualTo(HttpStatus.CREATED.getCode());
        Map<String, Object> page = body(api.as("admin",
                HttpRequest.GET(PATH + "?q=Zylber&unit=ANCENIS&status=PAUSED&page=0&size=5")));
        assertThat(((Number) page.get("total")).intValue()).isGreaterThanOrEqualTo(1);
        assertThat(page).containsEntry("page", 0).containsEntry("size", 5);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
        assertThat(items).allSatisfy(i -> {
            assertThat(i.get("lastName").toString()).startsWith("Zylber");
            assertThat(i.get("employmentUnit")).isEqualTo("ANCENIS");
            assertThat(i.get("status")).isEqualTo("PAUSED");
        });
    }
}
