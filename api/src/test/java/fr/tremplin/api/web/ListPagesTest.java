package fr.tremplin.api.web;

import fr.tremplin.api.shortlist.ShortlistScenario;
import fr.tremplin.api.support.ApiTest;
import fr.tremplin.api.support.JobSeekerRequestBuilder;
import fr.tremplin.data.common.DepartementTime;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import static fr.tremplin.api.shortlist.ShortlistScenario.ADVISER;
import static fr.tremplin.api.shortlist.ShortlistScenario.COMPANY;
import static fr.tremplin.api.shortlist.ShortlistScenario.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The people and vacancy lists as an adviser and an administrator use them: text search, unit (the caller's by
 * default), commune, occupation and status filters, sort keys, counts in French, friendly 400 pages for bad
 * parameters.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@Property(name = "tremplin.shortlists.follow-up-enabled", value = "false")
class ListPagesTest extends ApiTest {
    private static final Pattern ROW = Pattern.compile("<a href=\"/personnes/[^\"]+\">([^<]+)</a>");

    @jakarta.inject.Inject
    fr.tremplin.indexer.IndexService index;

    private final String tag = letters(7);
    private String employerId;

    @BeforeEach
    void people() {
        if (employerId != null) {
            return;
        }
        person("Anne", "44003", "F1703");
        person("Bruno", "44109", "F1704");
        person("Carla", "44003", "K2204");
        ok(api.as("admin", HttpRequest.POST("/api/v1/job-seekers", JobSeekerRequestBuilder.aJobSeeker()
                .firstName("Denis").lastName("Ailleurs" + tag).unit("ANCENIS").build())), HttpStatus.CREATED);
        employerId = new ShortlistScenario(api).employerId(COMPANY);
        vacancy("Coffreur bancheur " + tag, "F1703", "44109", 40);
        vacancy("Carreleur " + tag, "F1608", "44143", 10);
    }

    @Test
    void theAdviserSearchesHisUnitByNameCommuneAndOccupation() {
        String byName = page(ADVISER, "/personnes?q=Vaq" + tag).body();
        assertThat(names(byName)).containsExactly(last() + " Anne", last() + " Bruno", last() + " Carla");
        assertThat(byName).contains("3 personnes trouvées, triées par nom.")
                .doesNotContain("Ailleurs" + tag)
                .contains("<option value=\"NANTES-NORD\" selected=\"selected\"")
                .doesNotContain("Toutes les unités");

        assertThat(names(page(ADVISER, "/personnes?q=Vaq" + tag + "&commune=44003").body()))
                .containsExactly(last() + " Anne", last() + " Carla");
        assertThat(names(page(ADVISER, "/personnes?q=Vaq" + tag + "&metier=F1704+%E2%80%94+Carrelage").body()))
                .containsExactly(last() + " Bruno");
        assertThat(names(page(ADVISER, "/personnes?q=Vaq" + tag + "&commune=Ancenis-Saint-G%C3%A9r%C3%A9on").body()))
                .containsExactly(last() + " Anne", last() + " Carla");
        String byCommune = page(ADVISER, "/personnes?q=Vaq" + tag + "&tri=commune").body();
        assertThat(names(byCommune)).containsExactly(last() + " Anne", last() + " Carla", last() + " Bruno");
        assertThat(byCommune).contains("triées par commune (code insee)");
        assertThat(page(ADVISER, "/personnes?q=Vaq" + tag + "&commune=44003&tri=recent").body())
                .contains("id=\"commune\" name=\"commune\" value=\"44003\"")
                .contains("<option value=\"recent\" selected=\"selected\">Fiches les plus récentes</option>");
    }

    @Test
    void badParametersAnswerAFriendlyFrench400() {
        HttpResponse<String> bad = page(ADVISER, "/personnes?commune=Paris&metier=plombier+de+luxe&tri=age&statut=X");
        assertThat(bad.code()).isEqualTo(400);
        String html = bad.body();
        assertThat(html).contains("Le formulaire contient 4 erreurs")
                .contains("Commune : « Paris » n’est pas une commune de Loire-Atlantique")
                .contains("Métier visé : « plombier de luxe » n’est pas un métier du répertoire ROME")
                .contains("Trier par : « age » n’est pas un ordre de tri connu")
                .contains("Statut : « X » n’est pas un statut")
                .contains("value=\"Paris\"");
        assertThat(names(html)).isEmpty();
        assertThat(page(ADVISER, "/personnes?unite=ANCENIS").code()).isEqualTo(403);
        assertThat(page(ADVISER, "/offres?tri=prix&page=-1").code()).isEqualTo(400);
    }

    @Test
    void theAdministratorFirstSeesHowManyPeopleThenChooses() {
        String first = page("admin", "/personnes").body();
        assertThat(names(first)).isEmpty();
        assertThat(first).containsPattern("[0-9\u202F]+ personnes en tout : choisissez une unité");
        String everywhere = page("admin", "/personnes?q=Ailleurs" + tag + "&unite=").body();
        assertThat(names(everywhere)).containsExactly("AILLEURS" + tag.toUpperCase(java.util.Locale.FRENCH) + " Denis");
        assertThat(names(page("admin", "/personnes?q=Ailleurs" + tag + "&unite=NANTES-NORD").body())).isEmpty();
    }

    @Test
    void theVacancyListSearchesTitlesAndEmployersFiltersByCommuneAndSorts() {
        String html = page(ADVISER, "/offres?q=" + tag).body();
        assertThat(html).contains("2 offres").contains("Coffreur bancheur " + tag).contains("Carreleur " + tag);
        String nantes = page(ADVISER, "/offres?q=" + tag + "&commune=Nantes").body();
        assertThat(nantes).contains("Coffreur bancheur " + tag).doesNotContain("Carreleur " + tag)
                .contains("1 offre<");
        String soonest = page(ADVISER, "/offres?q=" + tag + "&tri=debut").body();
        assertThat(soonest.indexOf("Carreleur " + tag)).isLessThan(soonest.indexOf("Coffreur bancheur " + tag));
        String south = page(ADVISER, "/offres?q=" + tag + "&unite=NANTES-SUD").body();
        assertThat(south).contains("Carreleur " + tag).contains("<option value=\"NANTES-SUD\" selected=\"selected\"");
        assertThat(page(ADVISER, "/offres?q=" + tag + "&unite=ANCENIS").body()).contains("Aucune offre ne correspond");
        assertThat(page(ADVISER, "/offres?unite=LUNE").code()).isEqualTo(400);
        String byTitle = page(ADVISER, "/offres?q=" + tag + "&tri=intitule&metier=F1703").body();
        assertThat(byTitle).contains("Coffreur bancheur " + tag).doesNotContain("Carreleur " + tag);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theApiListsTakeTheSameFiltersAndNameABadParameterInFrench() {
        Map<String, Object> found = body(api.as(ADVISER, HttpRequest.GET("/api/v1/job-seekers?q=Vaq" + tag
                + "&commune=44003&sort=commune")));
        assertThat((List<Map<String, Object>>) found.get("items")).extracting(m -> m.get("firstName"))
                .containsExactly("Anne", "Carla");
        Map<String, Object> masons = body(api.as(ADVISER, HttpRequest.GET("/api/v1/job-seekers?q=Vaq" + tag
                + "&occupation=F1704")));
        assertThat((List<Map<String, Object>>) masons.get("items")).extracting(m -> m.get("firstName"))
                .containsExactly("Bruno");
        Map<String, Object> offers = body(api.as(ADVISER, HttpRequest.GET("/api/v1/vacancies?q=" + tag
                + "&commune=44109&sort=title")));
        assertThat((List<Map<String, Object>>) offers.get("items")).extracting(m -> m.get("title"))
                .containsExactly("Coffreur bancheur " + tag);

        HttpResponse<Map> bad = api.as(ADVISER, HttpRequest.GET("/api/v1/job-seekers?sort=age&commune=Nantes"));
        assertThat(bad.code()).isEqualTo(400);
        assertThat(errorFields(bad)).containsExactlyInAnyOrder("sort", "commune");
        assertThat(String.valueOf(body(bad))).contains("name, recent ou commune")
                .contains("un code INSEE de commune à 5 chiffres");
        assertThat(errorFields(api.as(ADVISER, HttpRequest.GET("/api/v1/vacancies?sort=price")))).containsExactly("sort");
        Map<String, Object> south = body(api.as(ADVISER, HttpRequest.GET("/api/v1/vacancies?q=" + tag + "&unit=NANTES-SUD")));
        assertThat((List<Map<String, Object>>) south.get("items")).extracting(m -> m.get("title"))
                .contains("Carreleur " + tag);
        HttpResponse<Map> unknownUnit = api.as(ADVISER, HttpRequest.GET("/api/v1/vacancies?unit=ATLANTIDE"));
        assertThat(unknownUnit.code()).as("an unknown unit is refused, not an empty list").isEqualTo(422);
        assertThat(errorFields(unknownUnit)).containsExactly("unit");
        assertThat(String.valueOf(body(unknownUnit))).contains("unité emploi inconnue : ATLANTIDE");
    }

    @Test
    void proposingFromThePersonPageAddsToTheAdvisersDraftAndARepeatAsksToConfirm() {
        assertThat(index.awaitReady(java.time.Duration.ofSeconds(60))).isTrue();
        String person = (String) ok(api.as(ADVISER, HttpRequest.POST("/api/v1/job-seekers", JobSeekerRequestBuilder
                .aJobSeeker().firstName("Prop").lastName("Vaq" + tag).in("44109").targeting("F1703").radius(30)
                .build())), HttpStatus.CREATED).get("id");
        String other = (String) ok(api.as(ADVISER, HttpRequest.POST("/api/v1/job-seekers", JobSeekerRequestBuilder
                .aJobSeeker().firstName("Autre").lastName("Vaq" + tag).build())), HttpStatus.CREATED).get("id");
        index.syncNow(java.time.Duration.ofSeconds(30));
        HttpResponse<String> shown = page(ADVISER, "/personnes/" + person);
        java.util.regex.Matcher offer = Pattern.compile("name=\"offre\" value=\"([^\"]+)\"").matcher(shown.body());
        assertThat(offer.find()).as("a « Proposer pour cette offre » form").isTrue();
        assertThat(shown.body()).contains("Proposer pour cette offre");
        String vacancyId = offer.group(1);
        assertThat(page("admin", "/personnes/" + person).body()).doesNotContain("Proposer pour cette offre");

        HttpResponse<String> first = propose(shown, other, vacancyId, false);
        assertThat(first.code()).isEqualTo(303);
        String draft = first.header("Location").replaceAll("\\?.*", "");
        HttpResponse<String> second = propose(shown, person, vacancyId, false);
        assertThat(second.code()).isEqualTo(303);
        assertThat(second.header("Location")).isEqualTo(draft + "?ajoutees=1");

        ShortlistScenario scenario = new ShortlistScenario(api);
        String sent = draft.substring(draft.lastIndexOf('/') + 1);
        ok(scenario.send(sent), HttpStatus.OK);
        HttpResponse<String> pending = propose(shown, person, vacancyId, false);
        assertThat(pending.code()).isEqualTo(422);
        assertThat(pending.body()).contains("La personne n’a pas pu être proposée");
        ok(scenario.outcome(COMPANY, sent, person, ShortlistScenario.answer("DECLINED", "MISSING_SKILLS")),
                HttpStatus.OK);
        HttpResponse<String> repeat = propose(shown, person, vacancyId, false);
        assertThat(repeat.code()).isEqualTo(409);
        assertThat(repeat.body()).contains("Confirmez : cette personne a déjà été proposée")
                .contains("Confirmer et proposer à nouveau").contains("name=\"confirmer\" value=\"oui\"")
                .doesNotContain(person + " ");
        HttpResponse<String> confirmed = propose(shown, person, vacancyId, true);
        assertThat(confirmed.code()).isEqualTo(303);
    }

    private HttpResponse<String> propose(HttpResponse<String> shown, String person, String vacancyId, boolean confirm) {
        java.util.regex.Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(shown.body());
        assertThat(token.find()).isTrue();
        Cookie nonce = shown.getCookie("tremplin_csrf").orElseThrow();
        MutableHttpRequest<?> request = HttpRequest.POST("/personnes/" + person + "/proposer",
                        "_csrf=" + token.group(1) + "&offre=" + vacancyId + (confirm ? "&confirmer=oui" : ""))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).accept(MediaType.TEXT_HTML)
                .cookie(Cookie.of("tremplin_session", api.token(ADVISER))).cookie(nonce);
        try {
            return httpClient.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> response = (HttpResponse<String>) e.getResponse();
            return response;
        }
    }

    private String last() {
        return "VAQ" + tag.toUpperCase(java.util.Locale.FRENCH);
    }

    private void person(String first, String commune, String occupation) {
        ok(api.as(ADVISER, HttpRequest.POST("/api/v1/job-seekers", JobSeekerRequestBuilder.aJobSeeker()
                .firstName(first).lastName("Vaq" + tag).in(commune).targeting(occupation).build())), HttpStatus.CREATED);
    }

    @SuppressWarnings("unchecked")
    private void vacancy(String title, String occupation, String commune, int startsInDays) {
        Map<String, Object> occ = body(api.as(ADVISER, HttpRequest.GET("/api/v1/occupations/" + occupation)));
        List<String> skills = ((List<Map<String, Object>>) occ.get("skills")).stream()
                .map(s -> (String) s.get("code")).limit(1).toList();
        Map<String, Object> v = new HashMap<>();
        v.put("employerId", employerId);
        v.put("occupation", occupation);
        v.put("title", title);
        v.put("communeInsee", commune);
        v.put("contractType", "CDI");
        v.put("hoursPerWeek", 35);
        v.put("startDate", LocalDate.now(DepartementTime.ZONE).plusDays(startsInDays).toString());
        v.put("positions", 1);
        v.put("requiredSkills", skills);
        ok(api.as(ADVISER, HttpRequest.POST("/api/v1/vacancies", v)), HttpStatus.CREATED);
    }

    private static List<String> names(String html) {
        return ROW.matcher(html).results().map(m -> m.group(1)).toList();
    }

    private static String letters(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return b.toString();
    }

    private HttpResponse<String> page(String username, String path) {
        MutableHttpRequest<?> request = HttpRequest.GET(path).accept(MediaType.TEXT_HTML)
                .cookie(Cookie.of("tremplin_session", api.token(username)));
        try {
            return httpClient.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> response = (HttpResponse<String>) e.getResponse();
            return response;
        }
    }
}
