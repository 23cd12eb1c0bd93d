package fr.tremplin.api.web;

import fr.tremplin.api.shortlist.ShortlistScenario;
import fr.tremplin.api.support.ApiTest;
import fr.tremplin.api.support.WebPages;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static fr.tremplin.api.shortlist.ShortlistScenario.COMPANY;
import static fr.tremplin.api.shortlist.ShortlistScenario.GROUP;
import static fr.tremplin.api.shortlist.ShortlistScenario.candidate;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The employer's web pages keep the API's promise: a shortlist sent to another employer does not exist for you
 * (404, nothing of it in the page), is not listed, and cannot be answered; your own one is shown and answerable.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@Property(name = "tremplin.shortlists.follow-up-enabled", value = "false")
class EmployerShortlistPagesScopingTest extends ApiTest {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private ShortlistScenario s;

    @BeforeEach
    void scenario() {
        s = new ShortlistScenario(api);
    }

    @Test
    void anotherEmployersShortlistPageIs404AndShowsNothingOfIt() {
        String theirs = s.sent(s.vacancy(GROUP, 1, null), List.of(s.seeker(b -> b.lastName("Zéphyrine"))));
        String mine = s.sent(s.vacancy(COMPANY, 1, null), List.of(s.seeker()));

        HttpResponse<String> own = page(COMPANY, HttpRequest.GET("/mes-selections/" + mine));
        assertThat(own.code()).as("the employer's own shortlist").isEqualTo(200);

        HttpResponse<String> foreign = page(COMPANY, HttpRequest.GET("/mes-selections/" + theirs));
        assertThat(foreign.code()).isEqualTo(404);
        assertThat(foreign.body()).doesNotContain("Zéphyrine");
        String unknown = java.util.UUID.randomUUID().toString();
        HttpResponse<String> missing = page(COMPANY, HttpRequest.GET("/mes-selections/" + unknown));
        assertThat(main(foreign.body()).replace(theirs, "ID")).as("the same page as for an id that does not exist")
                .isEqualTo(main(missing.body()).replace(unknown, "ID"));

        HttpResponse<String> list = page(COMPANY, HttpRequest.GET("/mes-selections"));
        assertThat(list.code()).isEqualTo(200);
        assertThat(list.body()).contains(mine).doesNotContain(theirs);
        assertThat(s.read(ShortlistScenario.ADVISER, theirs)).as("not opened by anyone")
                .containsEntry("status", "SENT");
    }

    @Test
    void anotherEmployersShortlistCannotBeAnsweredFromThePages() {
        String person = s.seeker();
        String theirs = s.sent(s.vacancy(GROUP, 1, null), List.of(person));
        String myPerson = s.seeker();
        String mine = s.sent(s.vacancy(COMPANY, 1, null), List.of(myPerson));
        HttpResponse<String> own = page(COMPANY, HttpRequest.GET("/mes-selections/" + mine));
        Cookie nonce = own.getCookie("tremplin_csrf").orElseThrow(() -> new AssertionError("no CSRF cookie"));
        Matcher token = CSRF.matcher(own.body());
        assertThat(token.find()).as("a CSRF field in the answer forms").isTrue();

        // the company names people by the alias it was shown; it tries the other employer's alias of the person
        HttpResponse<String> answer = page(COMPANY, HttpRequest.POST("/mes-selections/" + theirs + "/candidats/"
                        + s.alias(theirs, person),
                        "outcome=INTERVIEW&_csrf=" + token.group(1))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).cookie(nonce));

        assertThat(answer.code()).as("answer to another employer's shortlist: %s", answer.body()).isEqualTo(404);
        Map<String, Object> after = s.read(ShortlistScenario.ADVISER, theirs);
        assertThat(candidate(after, person)).as("the person's status").containsEntry("status", "PROPOSED");

        // the same form, token and session work on the employer's own shortlist: only the scope refused it
        HttpResponse<String> ownAnswer = page(COMPANY, HttpRequest.POST("/mes-selections/" + mine + "/candidats/"
                        + s.alias(mine, myPerson),
                        "outcome=INTERVIEW&_csrf=" + token.group(1))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).cookie(nonce));
        assertThat(ownAnswer.code()).as("own answer: %s", ownAnswer.body()).isEqualTo(303);
        assertThat(candidate(s.read(ShortlistScenario.ADVISER, mine), myPerson)).containsEntry("status", "INTERVIEW");
    }

    private static String main(String html) {
        Matcher main = Pattern.compile("<main.*</main>", Pattern.DOTALL).matcher(html);
        assertThat(main.find()).as("a main element in %s", html).isTrue();
        return main.group();
    }

    private HttpResponse<String> page(String username, MutableHttpRequest<?> request) {
        return new WebPages(httpClient, api).page(username, request);
    }
}
