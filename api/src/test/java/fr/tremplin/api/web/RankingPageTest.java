package fr.tremplin.api.web;

import fr.tremplin.api.shortlist.ShortlistScenario;
import fr.tremplin.api.support.ApiTest;
import fr.tremplin.api.support.JobSeekerRequestBuilder;
import fr.tremplin.data.common.DepartementTime;
import fr.tremplin.indexer.IndexService;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static fr.tremplin.api.shortlist.ShortlistScenario.ADVISER;
import static fr.tremplin.api.shortlist.ShortlistScenario.COMPANY;
import static fr.tremplin.api.shortlist.ShortlistScenario.answer;
import static fr.tremplin.api.shortlist.ShortlistScenario.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ranking on the vacancy page as an adviser uses it: numbered continuously across pages, facet chips that
 * filter, French words and units only, repeated proposals marked and confirmed, one draft per vacancy.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@Property(name = "tremplin.shortlists.follow-up-enabled", value = "false")
class RankingPageTest extends ApiTest {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern RANK = Pattern.compile("<span class=\"tremplin-rank\">(\\d+)\\. </span>");
    private static final Pattern CHIP = Pattern.compile("<a class=\"fr-tag fr-tag--sm\" href=\"([^\"]+)\"[^>]*>([^<]+)<");
    private static final Pattern DISTANCE = Pattern.compile(">(\\d+)(?:,(\\d))? km<");
    /** An upper-case code (LONG_TERM_UNEMPLOYED, PEC_RSA, APPRENTICESHIP...) or an enum name on its own. */
    static final Pattern CODE = Pattern.compile(
            "\\b[A-Z]{2,}_[A-Z0-9_]+\\b|\\b(APPRENTICESHIP|INSERTION_CLAUSE|DECLINED|WITHDRAWN|EXPIRED|PROPOSED|DRAFT)\\b");
    static final List<String> ENGLISH = List.of("Failed to convert", "Unexpected end-of-input", "Index consistent",
            "Required argument", "not found", "Internal Server Error", "Bad Request");

    @Inject
    IndexService index;

    private final String tag = letters(6);
    private Cookie csrfCookie;
    private String vacancy;
    private final List<String> rsa = new ArrayList<>();
    private final List<String> youth = new ArrayList<>();

    @BeforeEach
    @SuppressWarnings("unchecked")
    void pool() {
        if (vacancy != null) {
            return;
        }
        assertThat(index.awaitReady(Duration.ofSeconds(60))).isTrue();
        Map<String, Object> occupation = body(api.as(ADVISER, HttpRequest.GET("/api/v1/occupations/F1703")));
        List<String> skills = ((List<Map<String, Object>>) occupation.get("skills")).stream()
                .map(s -> (String) s.get("code")).limit(2).toList();
        Map<String, Object> v = new HashMap<>();
        v.put("employerId", new ShortlistScenario(api).employerId(COMPANY));
        v.put("occupation", "F1703");
        v.put("title", "Maçon (H/F) " + tag);
        v.put("description", "Maçonnerie traditionnelle, rénovation");
        v.put("communeInsee", "44109");
        v.put("contractType", "CDI");
        v.put("hoursPerWeek", 35);
        v.put("startDate", LocalDate.now(DepartementTime.ZONE).plusDays(30).toString());
        v.put("positions", 2);
        v.put("requiredSkills", skills);
        vacancy = (String) ok(api.as(ADVISER, HttpRequest.POST("/api/v1/vacancies", v)), HttpStatus.CREATED).get("id");
        for (int i = 0; i < 12; i++) {
            rsa.add(seeker(JobSeekerRequestBuilder.aJobSeeker().firstName("Rsa" + tag + letters(3)).publics("RSA")
                    .withSkills(skills.toArray(String[]::new)).radius(30)));
            youth.add(seeker(JobSeekerRequestBuilder.aJobSeeker().firstName("Jeune" + tag + letters(3))
                    .publics("YOUTH_UNDER_26").bornOn(LocalDate.now(DepartementTime.ZONE).minusYears(22))
                    .withSkills(skills.toArray(String[]::new)).radius(30).in(i % 2 == 0 ? "44109" : "44143")));
        }
        index.syncNow(Duration.ofSeconds(30));
    }

    @Test
    void theSecondPageStartsAt21AndTheSizeCanBeChosen() {
        String first = page(HttpRequest.GET("/offres/" + vacancy)).body();
        String second = page(HttpRequest.GET("/offres/" + vacancy + "?page=1")).body();
        String fifty = page(HttpRequest.GET("/offres/" + vacancy + "?taille=50")).body();

        assertThat(ranks(first)).startsWith(1, 2, 3).hasSize(20).endsWith(20);
        assertThat(ranks(second)).first().isEqualTo(21);
        assertThat(second).contains("page 2 sur").contains("aria-current=\"page\"");
        assertThat(first).contains("href=\"/offres/" + vacancy + "?page=1#candidats\"");
        assertThat(ranks(fifty)).hasSizeGreaterThanOrEqualTo(24).startsWith(1);
        assertThat(fifty).contains("<option value=\"50\" selected=\"selected\">50 personnes</option>");
        assertThat(second).contains("href=\"/offres/" + vacancy + "?page=0#candidats\"");
    }

    @Test
    void clickingTheRsaChipKeepsOnlyRsaRecipientsAndClickingAgainRemovesIt() {
        String all = page(HttpRequest.GET("/offres/" + vacancy + "?taille=100")).body();
        Map<String, String> chips = chips(all);
        String rsaChip = chips.keySet().stream().filter(label -> label.startsWith("RSA (")).findFirst()
                .orElseThrow(() -> new AssertionError("no RSA chip among " + chips.keySet()));
        assertThat(chips.keySet()).anyMatch(label -> label.startsWith("Moins de 26 ans ("))
                .anyMatch(label -> label.matches("Moins de 5 km \\(\\d+\\)"))
                .noneMatch(label -> CODE.matcher(label).find());

        String filtered = page(HttpRequest.GET(unescape(chips.get(rsaChip)))).body();

        assertThat(filtered).contains("Rsa" + tag).doesNotContain("Jeune" + tag).contains("aria-current=\"true\"");
        String chipAgain = chips(filtered).entrySet().stream().filter(e -> e.getKey().startsWith("RSA ("))
                .map(Map.Entry::getValue).findFirst().orElseThrow();
        assertThat(unescape(chipAgain)).doesNotContain("public=");
        assertThat(page(HttpRequest.GET(unescape(chipAgain))).body()).contains("Jeune" + tag);
    }

    @Test
    void theDistanceChipKeepsOnlyPeopleInTheBand() {
        String all = page(HttpRequest.GET("/offres/" + vacancy + "?taille=100")).body();
        String near = chips(all).entrySet().stream().filter(e -> e.getKey().startsWith("Moins de 5 km"))
                .map(Map.Entry::getValue).findFirst().orElseThrow();

        String filtered = page(HttpRequest.GET(unescape(near))).body();

        Matcher km = DISTANCE.matcher(filtered);
        int seen = 0;
        while (km.find()) {
            assertThat(Double.parseDouble(km.group(1) + "." + (km.group(2) == null ? "0" : km.group(2)))).isLessThan(5.0);
            seen++;
        }
        assertThat(seen).isPositive();
    }

    @Test
    void theRankingShowsNoCodeNoEnglishAndContributionsInPoints() {
        String html = main(page(HttpRequest.GET("/offres/" + vacancy + "?taille=100")).body());
        String body = text(html);

        assertThat(CODE.matcher(body).results().map(java.util.regex.MatchResult::group).toList()).isEmpty();
        assertThat(ENGLISH).noneMatch(body::contains);
        assertThat(html).contains(" / 100").containsPattern("\\+\\d+(,\\d)? points?<");
        assertThat(body).doesNotContainPattern("\\+0,\\d\\d\\b");
    }

    @Test
    void aDeclinedPersonIsMarkedAndProposingAgainAsksForAConfirmation() {
        String person = rsa.get(0);
        declined(person);

        HttpResponse<String> ranking = page(HttpRequest.GET("/offres/" + vacancy + "?taille=100"));
        assertThat(ranking.body()).contains("A déjà été proposée pour cette offre (non retenue par l");

        HttpResponse<String> refused = select(ranking, List.of(person), false);
        assertThat(refused.code()).isEqualTo(409);
        assertThat(refused.body()).contains("Confirmer et proposer à nouveau").contains("form=\"selection\"")
                .contains("a déjà été proposée pour cette offre");
        assertThat(CODE.matcher(text(main(refused.body()))).find()).isFalse();

        HttpResponse<String> confirmed = select(refused, List.of(person), true);
        assertThat(confirmed.code()).as(confirmed.body()).isEqualTo(303);
        String draft = confirmed.getHeaders().get("Location").replaceAll("^/selections/([^?]+)\\?creee=1$", "$1");

        HttpResponse<String> added = select(page(HttpRequest.GET("/offres/" + vacancy + "?taille=100")),
                List.of(rsa.get(1), rsa.get(2)), false);
        assertThat(added.code()).isEqualTo(303);
        assertThat(added.getHeaders().get("Location")).isEqualTo("/selections/" + draft + "?ajoutees=2");
        assertThat(page(HttpRequest.GET("/selections/" + draft + "?ajoutees=2")).body())
                .contains("ajoutées à votre sélection en brouillon");
    }

    @Test
    void thePersonPageListsTheProposalsAndTheAnswers() {
        String person = youth.get(0);
        String shortlist = declined(person);

        String html = main(page(HttpRequest.GET("/personnes/" + person)).body());

        assertThat(html).contains("Propositions et réponses").contains("Maçon (H/F) " + tag)
                .contains("non retenue par l").contains("href=\"/selections/" + shortlist + "\"");
        assertThat(CODE.matcher(text(html)).find()).as("codes on the person page").isFalse();
    }

    /** The person sent to the employer for the vacancy and declined; returns that shortlist. */
    private String declined(String person) {
        ShortlistScenario s = new ShortlistScenario(api);
        String shortlist = s.sent(vacancy, List.of(person));
        ok(s.outcome(COMPANY, shortlist, person, answer("DECLINED", "MISSING_SKILLS")), HttpStatus.OK);
        return shortlist;
    }

    private HttpResponse<String> select(HttpResponse<String> shown, List<String> people, boolean confirm) {
        Matcher token = CSRF.matcher(shown.body());
        assertThat(token.find()).as("a CSRF field").isTrue();
        // a browser keeps the CSRF cookie it was given with the first form; later pages do not set it again
        Cookie nonce = shown.getCookie("tremplin_csrf").orElse(csrfCookie);
        assertThat(nonce).as("a CSRF cookie").isNotNull();
        csrfCookie = nonce;
        StringBuilder form = new StringBuilder("_csrf=" + token.group(1) + "&taille=100&note=");
        people.forEach(id -> form.append("&candidats=").append(id));
        if (confirm) {
            form.append("&confirmer=oui");
        }
        return page(HttpRequest.POST("/offres/" + vacancy + "/selection", form.toString())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).cookie(nonce));
    }

    private String seeker(JobSeekerRequestBuilder b) {
        return (String) ok(api.as(ADVISER, HttpRequest.POST("/api/v1/job-seekers", b.build())), HttpStatus.CREATED)
                .get("id");
    }

    private static List<Integer> ranks(String html) {
        return RANK.matcher(html).results().map(m -> Integer.parseInt(m.group(1))).toList();
    }

    /** Chip label (with its count) → link. */
    private static Map<String, String> chips(String html) {
        Map<String, String> chips = new java.util.LinkedHashMap<>();
        Matcher facets = Pattern.compile("<nav[^>]*id=\"facettes\".*?</nav>", Pattern.DOTALL).matcher(html);
        assertThat(facets.find()).as("the facets").isTrue();
        CHIP.matcher(facets.group()).results().forEach(m -> chips.put(m.group(2).strip(), m.group(1)));
        return chips;
    }

    /** What a reader sees: the text between the tags (attribute values such as link parameters left out). */
    static String text(String html) {
        return html.replaceAll("(?s)<[^>]*>", " ");
    }

    private static String unescape(String href) {
        return href.replace("&amp;", "&");
    }

    static String main(String html) {
        Matcher main = Pattern.compile("<main.*</main>", Pattern.DOTALL).matcher(html);
        assertThat(main.find()).as("a main element").isTrue();
        return main.group();
    }

    private static String letters(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return b.toString();
    }

    private HttpResponse<String> page(MutableHttpRequest<?> request) {
        request.accept(MediaType.TEXT_HTML).cookie(Cookie.of("tremplin_session", api.token(ADVISER)));
        try {
            return httpClient.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> response = (HttpResponse<String>) e.getResponse();
            return response;
        }
    }
}
