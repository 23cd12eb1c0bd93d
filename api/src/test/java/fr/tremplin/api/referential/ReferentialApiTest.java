package fr.tremplin.api.referential;

import fr.tremplin.api.support.ApiTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class ReferentialApiTest extends ApiTest {

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> list(String path) {
        HttpResponse<List> response = api.as("conseiller", HttpRequest.GET(path), List.class);
        assertThat(response.code()).isEqualTo(HttpStatus.OK.getCode());
        return response.body();
    }

    @Test
    void occupationSearchFindsMasonryWithoutAccents() {
        List<Map<String, Object>> hits = list("/api/v1/occupations?q=macon&limit=5");
        assertThat(hits).isNotEmpty();
        assertThat(hits).extracting(h -> h.get("code")).contains("F1703");
    }

    @ParameterizedTest
    @CsvSource({
            "aide macon, F1704", "macon, F1703", "plaquiste, F1604", "cariste, N1101", "aide soignante, J1501",
            "preparateur de commandes, N1103", "employe libre service, D1507",
            "plaquist, F1604", "carriste, N1101", "aide soigante, J1501"})
    void occupationSearchPutsTheExpectedCodeFirst(String query, String code) {
        List<Map<String, Object>> hits = list("/api/v1/occupations?q=" + query.replace(" ", "%20") + "&limit=5");
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).get("code")).as("first hit for '%s': %s", query, hits).isEqualTo(code);
    }

    @Test
    void ambiguousQueryReturnsSeveralOccupationsWithTheirTitles() {
        List<Map<String, Object>> hits = list("/api/v1/occupations?q=soudeur&limit=10");
        assertThat(hits).extracting(h -> h.get("code")).doesNotHaveDuplicates().hasSizeGreaterThan(1);
        assertThat(hits).allSatisfy(h -> assertThat(h.get("matchedTitle")).isNotNull());
    }

    @Test
    @SuppressWarnings("unchecked")
    void occupationDetailHasDomainSkillsAndMobilities() {
        Map<String, Object> detail = body(api.as("conseiller", HttpRequest.GET("/api/v1/occupations/F1703")));
        assertThat(detail).containsEntry("code", "F1703").containsEntry("grandDomain", "F");
        assertThat((List<Object>) detail.get("skills")).isNotEmpty();
        assertThat((List<Map<String, Object>>) detail.get("mobilities")).isNotEmpty()
                .allSatisfy(m -> assertThat(m.get("kind")).isIn("CLOSE", "EVOLUTION"));
    }

    @Test
    void unknownOccupationIs404() {
        assertThat(api.as("conseiller", HttpRequest.GET("/api/v1/occupations/Z0000")).code())
                .isEqualTo(HttpStatus.NOT_FOUND.getCode());
    }

    @Test
    void communesByNameOrPostalCode() {
        assertThat(list("/api/v1/communes?q=44600")).extracting(c -> c.get("insee")).contains("44184");
        assertThat(list("/api/v1/communes?q=reze")).extracting(c -> c.get("insee")).contains("44143");
        assertThat(list("/api/v1/communes?q=st%20nazaire").get(0).get("insee")).isEqualTo("44184");
    }

    @Test
    void skillsSearch() {
        assertThat(list("/api/v1/skills?q=soudage")).isNotEmpty();
    }

    @Test
    void nineEmploymentUnits() {
        assertThat(list("/api/v1/employment-units")).hasSize(9);
    }

    @Test
    void blankQueryIs400() {
        HttpResponse<Map> response = api.as("conseiller", HttpRequest.GET("/api/v1/occupations?q="));
        assertThat(response.code()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
    }
}
