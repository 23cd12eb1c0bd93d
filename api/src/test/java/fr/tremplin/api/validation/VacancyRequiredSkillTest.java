package fr.tremplin.api.validation;

import fr.tremplin.api.support.PageScenarioTest;
import fr.tremplin.api.vacancy.VacancyChecks;
import fr.tremplin.api.vacancy.VacancyRequest;
import fr.tremplin.data.common.DepartementTime;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A vacancy needs at least one required skill: the API answers 422 naming {@code requiredSkills} in French (create
 * and update, nothing written), the web form shows it in its error summary with the « Erreur – » title.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class VacancyRequiredSkillTest extends PageScenarioTest {
    @Test
    @SuppressWarnings("unchecked")
    void theApiRefusesAVacancyWithoutARequiredSkillOnCreateAndUpdate() {
        String id = s.vacancy("entreprise", 1, null);
        Map<String, Object> before = s.vacancyRecord(id);
        Map<String, Object> body = asRequest(before, VacancyRequest.class);
        body.remove("version");
        body.put("requiredSkills", List.of());
        body.put("title", "Sans compétence (H/F)");
        HttpResponse<Map> created = api.as("entreprise", HttpRequest.POST("/api/v1/vacancies", body));
        assertThat(created.code()).isEqualTo(422);
        assertThat(errorFields(created)).containsExactly("requiredSkills");
        assertThat((List<Map<String, Object>>) body(created).get("errors")).singleElement()
                .satisfies(e -> assertThat(e).containsEntry("message", VacancyChecks.REQUIRED_SKILL_MISSING));

        body.remove("requiredSkills");
        assertThat(errorFields(api.as("entreprise", HttpRequest.POST("/api/v1/vacancies", body))))
                .as("the field left out").containsExactly("requiredSkills");

        Map<String, Object> change = asRequest(before, VacancyRequest.class);
        change.put("requiredSkills", List.of());
        change.put("title", "Modifiée sans compétence (H/F)");
        HttpResponse<Map> updated = api.as("entreprise", HttpRequest.PUT("/api/v1/vacancies/" + id, change));
        assertThat(updated.code()).isEqualTo(422);
        assertThat(errorFields(updated)).containsExactly("requiredSkills");
        assertThat(s.vacancyRecord(id)).as("unchanged").isEqualTo(before);
    }

    @Test
    void theWebFormShowsTheMissingRequiredSkillInItsErrorSummary() {
        HttpResponse<String> form = web.page("entreprise", HttpRequest.GET("/offres/nouvelle"));
        assertThat(form.code()).isEqualTo(200);
        assertThat(form.body()).contains("<title>Publier une offre — Tremplin</title>");
        String fields = "title=Ma%C3%A7on+(H%2FF)&occupation=F1703&commune=44109&contractType=CDD&hoursPerWeek=35"
                + "&startDate=" + LocalDate.now(DepartementTime.ZONE).plusDays(14) + "&positions=1&status=OPEN"
                + "&competence.103767=NICE";
        HttpResponse<String> refused = web.post("entreprise", form, "/offres/nouvelle", fields);
        assertThat(refused.code()).isEqualTo(422);
        String html = refused.body().replace("&#39;", "'");
        assertThat(html).contains("<title>Erreur – Publier une offre — Tremplin</title>")
                .contains("id=\"erreurs\" tabindex=\"-1\" autofocus")
                .contains("<a href=\"#requiredSkills\">Compétences exigées : " + VacancyChecks.REQUIRED_SKILL_MISSING + "</a>")
                .as("the nice-to-have box stays ticked").containsPattern(
                        "name=\"competence\\.103767\" value=\"NICE\"\\s+checked=\"checked\"");

        HttpResponse<String> saved = web.post("entreprise", form, "/offres/nouvelle",
                fields + "&competence.103771=REQUIRED");
        assertThat(saved.code()).as("%s", saved.body()).isEqualTo(303);
    }
}
