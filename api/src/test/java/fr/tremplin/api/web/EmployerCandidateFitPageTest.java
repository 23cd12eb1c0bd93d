package fr.tremplin.api.web;

import fr.tremplin.api.support.PageScenarioTest;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static fr.tremplin.api.shortlist.ShortlistScenario.COMPANY;
import static fr.tremplin.api.shortlist.ShortlistScenario.candidate;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Why a proposed person fits: the employer sees, on its shortlist page and in the API, the vacancy's required and
 * nice-to-have skills the person has and lacks (French ROME labels) and the distance; after « Rencontrer », the
 * phone and e-mail are links.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@Property(name = "tremplin.shortlists.follow-up-enabled", value = "false")
class EmployerCandidateFitPageTest extends PageScenarioTest {
    private static final String FOUNDATION = "103767";   // Terrasser et niveler la fondation
    private static final String FORMWORK = "103771";     // Réaliser et poser les coffrages et couler les éléments en béton
    private static final String JOINTS = "103775";       // Réaliser et lisser les joints
    private static final String SHEETS = "103780";       // Poser des tôles

    @Test
    @SuppressWarnings("unchecked")
    void theEmployerSeesTheSkillsThePersonHasAndLacksAndTheDistanceThenContactLinks() {
        String person = s.seeker(b -> b.in("44143").withSkills(FOUNDATION, SHEETS));
        String shortlist = s.sent(s.vacancy(COMPANY, 1, null, List.of(FOUNDATION, JOINTS), List.of(FORMWORK, SHEETS)),
                List.of(person));
        String alias = s.alias(shortlist, person);

        Map<String, Object> seen = candidate(s.read(COMPANY, shortlist), person);
        Map<String, Object> match = (Map<String, Object>) ((Map<String, Object>) seen.get("profile")).get("skillMatch");
        assertThat(codes(match, "requiredHave")).containsExactly(FOUNDATION);
        assertThat(codes(match, "requiredMissing")).containsExactly(JOINTS);
        assertThat(codes(match, "niceToHaveHave")).containsExactly(SHEETS);
        assertThat(codes(match, "niceToHaveMissing")).containsExactly(FORMWORK);
        assertThat(((List<Map<String, Object>>) match.get("requiredMissing")).get(0))
                .containsEntry("label", "Réaliser et lisser les joints");
        assertThat(seen.get("contact")).isNull();

        HttpResponse<String> page = web.page(COMPANY, HttpRequest.GET("/mes-selections/" + shortlist));
        assertThat(page.code()).isEqualTo(200);
        String html = page.body().replace("&#39;", "'").replace("&rsquo;", "’");
        assertThat(html).contains("Compétences exigées : 1 sur 2", "Compétences souhaitées : 1 sur 2",
                "Terrasser et niveler la fondation</span> : acquise", "Réaliser et lisser les joints</span> : à acquérir",
                "Poser des tôles</span> : acquise",
                "Réaliser et poser les coffrages et couler les éléments en béton</span> : à acquérir");
        assertThat(html).containsPattern("Distance jusqu’au lieu de travail :\\s*<strong>\\d+(,\\d)? km</strong>");
        assertThat(html).as("no contact before « Rencontrer »").doesNotContain("tel:", "mailto:", "0600000000");

        HttpResponse<String> met = web.post(COMPANY, page, "/mes-selections/" + shortlist + "/candidats/" + alias,
                "outcome=INTERVIEW");
        assertThat(met.code()).as("%s", met.body()).isEqualTo(HttpStatus.SEE_OTHER.getCode());
        String after = web.page(COMPANY, HttpRequest.GET("/mes-selections/" + shortlist)).body();
        assertThat(after).contains("href=\"tel:0600000000\"", "href=\"mailto:amina@example.org\"");
    }

    @SuppressWarnings("unchecked")
    private static List<String> codes(Map<String, Object> match, String key) {
        return ((List<Map<String, Object>>) match.get(key)).stream().map(m -> (String) m.get("code")).toList();
    }
}
