package fr.tremplin.api.alert;

import fr.tremplin.api.shortlist.ShortlistScenario;
import fr.tremplin.api.support.ApiTest;
import fr.tremplin.api.support.WebPages;
import fr.tremplin.data.shortlist.FollowUpService;
import fr.tremplin.data.user.AppUser;
import fr.tremplin.data.user.AppUserRepository;
import fr.tremplin.data.user.PasswordHasher;
import fr.tremplin.data.user.Role;
import fr.tremplin.data.testing.MutableClock;
import io.micronaut.context.annotation.Property;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.tremplin.api.shortlist.ShortlistScenario.ADVISER;
import static fr.tremplin.api.shortlist.ShortlistScenario.COMPANY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/v1/alerts} and the page « Alertes » on a clock the test moves forward: people without a proposal
 * (own unit only, longest waiting first), employers silent after the reminder, scope and parameters.
 */
@MicronautTest(transactional = false)
@Property(name = "tremplin.shortlists.follow-up-enabled", value = "false")
@Property(name = "tremplin.test.mutable-clock", value = "true")
@Property(name = "tremplin.sessions.idle-timeout", value = "3650d")
@Property(name = "tremplin.sessions.absolute-lifetime", value = "3650d")
@Property(name = "tremplin.shortlists.reminder-after", value = "7d")
@Property(name = "tremplin.shortlists.expire-after", value = "14d")
class AlertsTest extends ApiTest {
    private static final String OTHER_ADVISER = "alertes-conseiller-snz";
    @Inject
    MutableClock clock;
    @Inject
    FollowUpService followUps;
    @Inject
    DataSource dataSource;
    @Inject
    AlertBadge badge;
    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    void otherUnitAdviser(AppUserRepository users, PasswordHasher hasher) {
        if (users.findByUsername(OTHER_ADVISER).isEmpty()) {
            users.save(new AppUser(UUID.randomUUID().toString(), OTHER_ADVISER, hasher.hash("demo"),
                    "Conseiller de Saint-Nazaire (test des alertes)", Role.ADVISER, "SAINT-NAZAIRE", null, null, true, true,
                    false, null, null, 0L));
        }
    }

    @Test
    void anAdviserSeesThePeopleOfTheirUnitWithoutProposalLongestWaitingFirst() {
        ShortlistScenario s = new ShortlistScenario(api);
        String first = s.seeker();
        clock.advance(Duration.ofDays(10));
        String second = s.seeker();
        String proposed = s.seeker();
        String elsewhere = adminSeekerOf("SAINT-NAZAIRE");
        String notConsenting = s.seeker(b -> b.consent(false));
        clock.advance(Duration.ofDays(40));
        s.sent(s.vacancy(COMPANY, 1, null), List.of(proposed));
        clock.advance(Duration.ofDays(70)); // first: 120 days, second 110, proposed: 70 days since the proposal

        List<Map<String, Object>> alerts = alerts("conseiller", "kind=NO_PROPOSAL&size=500");
        List<Object> ids = alerts.stream().map(a -> a.get("jobSeekerId")).toList();
        assertThat(ids).contains(first, second).doesNotContain(proposed, elsewhere, notConsenting);
        assertThat(ids.indexOf(first)).as("longest waiting first").isLessThan(ids.indexOf(second));
        List<Instant> since = alerts.stream().map(a -> Instant.parse((String) a.get("since"))).toList();
        assertThat(since).isSorted();
        assertThat(alerts).allSatisfy(a -> {
            assertThat(a).containsEntry("kind", "NO_PROPOSAL").containsEntry("vacancyId", null);
            assertThat(unitOf((String) a.get("jobSeekerId"))).isEqualTo("NANTES-NORD");
        });
        assertThat(alerts.get(ids.indexOf(first)).get("detail").toString())
                .startsWith("Jamais proposée à un employeur depuis l'inscription du").endsWith(" mois).");

        List<Object> forSaintNazaire = alerts("admin", "kind=NO_PROPOSAL&unit=SAINT-NAZAIRE&size=500").stream()
                .map(a -> a.get("jobSeekerId")).toList();
        assertThat(forSaintNazaire).contains(elsewhere).doesNotContain(first);

        clock.advance(Duration.ofDays(30)); // 100 days since the proposal: listed again, waiting since the sending
        Map<String, Object> again = alerts("conseiller", "kind=NO_PROPOSAL&size=500").stream()
                .filter(a -> proposed.equals(a.get("jobSeekerId"))).findFirst().orElseThrow();
        assertThat(again.get("detail").toString()).startsWith("Aucune proposition à un employeur depuis le");
    }

    @Test
    void anEmployerSilentAfterTheReminderIsAnAlertOfTheShortlistsUnit() {
        ShortlistScenario s = new ShortlistScenario(api);
        String vacancy = s.vacancy(COMPANY, 2, null);
        s.sent(vacancy, List.of(s.seeker(), s.seeker()));
        clock.advance(Duration.ofDays(6));
        followUps.run();
        assertThat(silentFor(vacancy)).as("not reminded yet").isEmpty();

        clock.advance(Duration.ofDays(1));
        followUps.run();
        List<Map<String, Object>> silent = silentFor(vacancy);
        assertThat(silent).singleElement().satisfies(a -> {
            assertThat(a).containsEntry("jobSeekerId", null).containsEntry("unit", "NANTES-NORD");
            assertThat(a.get("detail").toString()).contains("n'a pas répondu").contains("malgré la relance du")
                    .contains("2 personnes attendent une réponse");
        });
        assertThat(alerts(OTHER_ADVISER, "kind=SILENT_EMPLOYER&size=500"))
                .noneMatch(a -> vacancy.equals(a.get("vacancyId")));

        clock.advance(Duration.ofDays(8));
        followUps.run(); // expired: nothing more to chase
        assertThat(silentFor(vacancy)).isEmpty();
    }

    @Test
    void theScopeAndTheParametersAreChecked() {
        assertThat(api.as(OTHER_ADVISER, HttpRequest.GET("/api/v1/alerts?unit=NANTES-NORD")).code())
                .isEqualTo(403);
        assertThat(api.as("responsable", HttpRequest.GET("/api/v1/alerts?unit=SAINT-NAZAIRE")).code()).isEqualTo(403);
        assertThat(api.as(COMPANY, HttpRequest.GET("/api/v1/alerts")).code()).isEqualTo(403);
        HttpResponse<Map> unknownKind = api.as(ADVISER, HttpRequest.GET("/api/v1/alerts?kind=NO_PROPOSAL,SOON"));
        assertThat(unknownKind.code()).isEqualTo(422);
        assertThat(errorFields(unknownKind)).containsExactly("kind");
        HttpResponse<Map> unknownUnit = api.as("admin", HttpRequest.GET("/api/v1/alerts?unit=NULLE-PART"));
        assertThat(unknownUnit.code()).isEqualTo(422);
        assertThat(errorFields(unknownUnit)).containsExactly("unit");
        assertThat(api.as(ADVISER, HttpRequest.GET("/api/v1/alerts?size=501")).code()).isEqualTo(400);

        new ShortlistScenario(api).seeker();
        clock.advance(Duration.ofDays(100));
        HttpResponse<List> all = api.as(ADVISER, HttpRequest.GET("/api/v1/alerts?size=2"), List.class);
        assertThat(all.getBody().orElseThrow()).hasSize(2);
        long total = Long.parseLong(all.header(AlertsController.TOTAL_HEADER));
        assertThat(total).isGreaterThanOrEqualTo(2);
        HttpResponse<List> beyond = api.as(ADVISER, HttpRequest.GET("/api/v1/alerts?size=2&page=" + (total / 2 + 1)),
                List.class);
        assertThat(beyond.getBody().orElseThrow()).isEmpty();
    }

    @Test
    void thePageListsTheAlertsAndTheMenuCarriesTheirNumber() {
        ShortlistScenario s = new ShortlistScenario(api);
        String waiting = s.seeker();
        clock.advance(Duration.ofDays(100));
        badge.forget();
        WebPages web = new WebPages(http, api);
        HttpResponse<String> page = web.page(ADVISER, HttpRequest.GET("/alertes?type=NO_PROPOSAL"));
        assertThat(page.code()).isEqualTo(200);
        String html = page.body();
        // the longest waiting first: on a schema shared with the demo data, the person just created may be far down
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> first = api.as(ADVISER, HttpRequest.GET("/api/v1/alerts?kind=NO_PROPOSAL&size=1"),
                List.class).getBody().orElseThrow();
        StringBuilder listed = new StringBuilder();
        for (int p = 0; p < 20; p++) { // at most 5,000 alerts of a kind are listed
            List<?> onPage = api.as(ADVISER, HttpRequest.GET("/api/v1/alerts?kind=NO_PROPOSAL&size=500&page=" + p),
                    List.class).getBody().orElseThrow();
            if (onPage.isEmpty()) {
                break;
            }
            listed.append(onPage);
        }
        assertThat(listed.toString()).as("the person waiting 100 days is listed").contains(waiting);
        assertThat(html).contains("<h1>Alertes</h1>").contains("href=\"/personnes/" + first.getFirst().get("jobSeekerId")
                + "\"").contains("Sans proposition").contains("id=\"badge-alertes\"");
        long total = Long.parseLong(api.as(ADVISER, HttpRequest.GET("/api/v1/alerts?size=1"), List.class)
                .header(AlertsController.TOTAL_HEADER));
        assertThat(html).containsPattern("id=\"badge-alertes\"[^>]*>" + total + "<");
        String managers = web.page("responsable", HttpRequest.GET("/alertes")).body();
        assertThat(managers).doesNotContain("badge-alertes").as("the managers' menu entry")
                .containsPattern("class=\"fr-nav__link\"\\s+href=\"/alertes\"");
        assertThat(web.page(COMPANY, HttpRequest.GET("/alertes")).code()).isEqualTo(403);
    }

    /** Every page of the alerts (the test database holds the people of every test class). */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> alerts(String username, String query) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (int page = 0; page < 100; page++) {
            HttpResponse<List> response = api.as(username, HttpRequest.GET("/api/v1/alerts?" + query + "&page=" + page),
                    List.class);
            assertThat(response.code()).as("alerts of %s", username).isEqualTo(200);
            List<Map<String, Object>> items = (List<Map<String, Object>>) response.getBody().orElseThrow();
            all.addAll(items);
            if (items.isEmpty() || all.size() >= Long.parseLong(response.header(AlertsController.TOTAL_HEADER))) {
                return all;
            }
        }
        throw new AssertionError("more than 100 pages of alerts");
    }

    private List<Map<String, Object>> silentFor(String vacancy) {
        return alerts(ADVISER, "kind=SILENT_EMPLOYER&size=500").stream()
                .filter(a -> vacancy.equals(a.get("vacancyId"))).toList();
    }

    private String adminSeekerOf(String unit) {
        HttpResponse<Map> created = api.as("admin", HttpRequest.POST("/api/v1/job-seekers",
                fr.tremplin.api.support.JobSeekerRequestBuilder.aJobSeeker().unit(unit).build()));
        assertThat(created.code()).isEqualTo(201);
        return (String) body(created).get("id");
    }

    private String unitOf(String seekerId) {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement st = c.prepareStatement("SELECT employment_unit_code FROM job_seeker WHERE id = ?")) {
            st.setString(1, seekerId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
