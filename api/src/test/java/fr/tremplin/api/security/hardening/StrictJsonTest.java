package fr.tremplin.api.security.hardening;

import fr.tremplin.api.support.ApiTest;
import fr.tremplin.api.support.JobSeekerRequestBuilder;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Request bodies are read strictly: no coercion of booleans, dates, integers or texts; no NUL, no lone surrogate. */
@MicronautTest(transactional = false)
class StrictJsonTest extends ApiTest {

    @jakarta.inject.Inject
    io.micronaut.json.JsonMapper json;

    /** A valid job-seeker body as JSON text, with one property replaced by raw JSON. */
    private String body(String field, String rawJson) {
        String valid;
        try {
            valid = json.writeValueAsString(JobSeekerRequestBuilder.aJobSeeker().build());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return valid.replaceFirst("\"" + field + "\":(\"[^\"]*\"|[^,}]*)", "\"" + field + "\":" + java.util.regex.Matcher.quoteReplacement(rawJson));
    }

    private HttpResponse<Map> post(String json) {
        return api.as("conseiller", HttpRequest.POST("/api/v1/job-seekers", json).contentType(MediaType.APPLICATION_JSON));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "consentToShare|\"yes\"",
            "consentToShare|1",
            "consentToShare|\"true\"",
            "hasVehicle|\"no\"",
            "birthDate|123",
            "birthDate|\"02/03/1994\"",
            "birthDate|\"1994-02-30\"",
            "mobilityRadiusKm|\"25\"",
            "mobilityRadiusKm|25.5",
            "mobilityRadiusKm|99999999999",
            "diplomaLevel|true",
            "firstName|12",
            "firstName|\"Am\\u0000ina\"",
            "lastName|\"Diallo\\ud800\"",
            "lastName|\"\\udc00Diallo\""})
    void coercionsAndInvalidTextAnswer400NamingTheField(String field, String rawJson) {
        HttpResponse<Map> response = post(body(field, rawJson));
        assertThat(response.code()).as("%s = %s → %s", field, rawJson, response.body()).isEqualTo(400);
        assertThat(errorFields(response)).contains(field);
        assertThat(String.valueOf(body(response))).doesNotContain("fr.tremplin").doesNotContain("io.micronaut")
                .doesNotContain("Exception").doesNotContain("com.fasterxml");
    }

    @Test
    void theValidBodyStillPassesAndAPairedSurrogateIsText() {
        assertThat(post(body("lastName", "\"Diallo \\ud83d\\ude00\"")).code()).isEqualTo(201);
    }

    @Test
    void consentAsYesOnTheContractExample() {
        HttpResponse<Map> response = post(body("consentToShare", "\"yes\""));
        assertThat(response.code()).isEqualTo(400);
        assertThat(errorFields(response)).containsExactly("consentToShare");
    }
}
