package fr.tremplin.api.matching;

import fr.tremplin.api.support.ApiTest;
import fr.tremplin.api.support.ContractNeeds;
import fr.tremplin.core.ranking.MatchPolicy;
import fr.tremplin.core.referential.Referential;
import fr.tremplin.indexer.IndexService;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a generated demo data set, through the HTTP API: no ranked candidate ever breaks a hard filter. The filters
 * are re-checked here from the database records, independently of the ranking code.
 */
@MicronautTest(transactional = false)
@Property(name = "tremplin.demo.accounts-only", value = "false")
@Property(name = "tremplin.demo.seekers", value = "4000")
@Property(name = "tremplin.demo.companies", value = "150")
@Property(name = "tremplin.demo.vacancies", value = "120")
class HardFiltersOnDemoDataTest extends ApiTest {
    @Inject
    IndexService index;
    @Inject
    Referential referential;
    @Inject
    MatchPolicy policy;

    private final Map<String, Map<String, Object>> seekers = new HashMap<>();
    private final Map<String, Map<String, Object>> employers = new HashMap<>();

    private Map<String, Object> seeker(String id) {
        return seekers.computeIfAbsent(id, k -> body(api.as("admin", HttpRequest.GET("/api/v1/job-seekers/" + k))));
    }

    private Map<String, Object> employer(String id) {
        return employers.computeIfAbsent(id, k -> body(api.as("admin", HttpRequest.GET("/api/v1/employers/" + k))));
    }

    @Test
    @SuppressWarnings("unchecked")
    void noCandidateBreaksAHardFilter() {
        assertThat(index.awaitReady(Duration.ofSeconds(120))).isTrue();
        index.syncNow(Duration.ofSeconds(10));
        List<Map<String, Object>> vacancies = (List<Map<String, Object>>) body(api.as("admin",
                HttpRequest.GET("/api/v1/vacancies?status=OPEN&size=60"))).get("items");
        assertThat(vacancies).hasSizeGreaterThan(30);
        int checkedHits = 0;
        Set<String> contractTypes = new HashSet<>();
        for (Map<String, Object> vacancy : vacancies) {
            for (boolean strict : new boolean[] {false, true}) {
                List<Map<String, Object>> items = (List<Map<String, Object>>) body(api.as("conseiller",
                        HttpRequest.GET("/api/v1/vacancies/" + vacancy.get("id") + "/candidates?size=30&strict=" + strict)))
                        .get("items");
                for (Map<String, Object> hit : items) {
                    assertHardFilters(vacancy, seeker((String) hit.get("jobSeekerId")), strict);
                    checkedHits++;
                }
            }
            contractTypes.add((String) vacancy.get("contractType"));
        }
        System.out.printf("Hard filters re-checked on %d hits of %d demo vacancies (contracts %s)%n",
                checkedHits, vacancies.size(), contractTypes);
        assertThat(checkedHits).as("the demo data yields candidates to check").isGreaterThan(200);
    }

    @SuppressWarnings("unchecked")
    private void assertHardFilters(Map<String, Object> vacancy, Map<String, Object> seeker, boolean strict) {
        String who = seeker.get("id") + " for vacancy " + vacancy.get("id");
        assertThat(seeker.get("status")).as("active: %s", who).isEqualTo("ACTIVE");
        assertThat(seeker.get("consentToShare")).as("consent: %s", who).isEqualTo(true);
        double km = referential.distanceKm((String) seeker.get("communeInsee"), (String) vacancy.get("communeInsee"));
        assertThat(km).as("within the radius: %s", who)
                .isLessThanOrEqualTo(((Number) seeker.get("mobilityRadiusKm")).doubleValue() + 0.05);
        assertThat((List<String>) seeker.get("licences")).as("licences: %s", who)
                .containsAll((List<String>) vacancy.get("requiredLicences"));
        if (seeker.get("availableFrom") != null && vacancy.get("startDate") != null) {
            LocalDate latest = LocalDate.parse((String) vacancy.get("startDate")).plusDays(policy.availabilityGraceDays());
            assertThat(LocalDate.parse((String) seeker.get("availableFrom"))).as("available in time: %s", who)
                    .isBeforeOrEqualTo(latest);
        }
        Set<String> programmes = new HashSet<>();
        ((List<Map<String, Object>>) seeker.get("eligibility")).forEach(e -> programmes.add((String) e.get("programme")));
        assertThat(programmes).as("eligible to the contract's programmes: %s", who).containsAll(needs(vacancy));
        if (strict) {
            assertThat((List<String>) seeker.get("skills")).as("strict: every must-have skill: %s", who)
                    .containsAll((List<String>) vacancy.get("requiredSkills"));
        }
    }

    /** The programmes the vacancy's contract needs ({@link ContractNeeds}). */
    private Set<String> needs(Map<String, Object> vacancy) {
        return ContractNeeds.of((String) vacancy.get("contractType"),
                () -> (String) employer((String) vacancy.get("employerId")).get("kind"), vacancy.get("insertionClause") != null);
    }
}
