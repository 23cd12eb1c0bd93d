package fr.tremplin.api.security.hardening;

import fr.tremplin.api.shortlist.ShortlistScenario;
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

import static org.assertj.core.api.Assertions.assertThat;

/** A vacancy's insertion clause must name an existing public contract (422 otherwise). */
@MicronautTest(transactional = false)
class InsertionClauseReferenceTest extends ApiTest {

    private HttpResponse<Map> vacancy(String ref) {
        Map<String, Object> v = new HashMap<>();
        v.put("occupation", "F1703");
        v.put("title", "Maçon (H/F)");
        v.put("description", "Chantier de rénovation à Nantes");
        v.put("communeInsee", "44109");
        v.put("contractType", "CDD");
        v.put("hoursPerWeek", 35);
        v.put("startDate", LocalDate.now(DepartementTime.ZONE).plusDays(14).toString());
        v.put("positions", 1);
        v.put("requiredSkills", List.of("103767"));
        v.put("requiredLicences", List.of("B"));
        v.put("insertionClause", Map.of("contractRef", ref, "hours", 420));
        return api.as("entreprise", HttpRequest.POST("/api/v1/vacancies", v));
    }

    @Test
    void anUnknownContractIs422AndAnExistingOneIsAccepted() {
        HttpResponse<Map> unknown = vacancy("MP-1999-999");
        assertThat(unknown.code()).isEqualTo(422);
        assertThat(errorFields(unknown)).containsExactly("insertionClause.contractRef");

        ShortlistScenario s = new ShortlistScenario(api);
        String ref = ShortlistScenario.uniqueRef();
        assertThat(s.contract(s.publicBuyer(), ref, 1000, LocalDate.now(DepartementTime.ZONE).minusMonths(1), LocalDate.now(DepartementTime.ZONE).plusYears(1))
                .code()).isEqualTo(201);
        assertThat(vacancy(ref).code()).isEqualTo(201);
    }
}
