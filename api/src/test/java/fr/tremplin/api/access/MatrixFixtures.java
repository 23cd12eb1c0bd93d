package fr.tremplin.api.access;

import fr.tremplin.api.shortlist.ShortlistScenario;
import fr.tremplin.api.support.ApiClient;
import fr.tremplin.api.support.JobSeekerRequestBuilder;
import fr.tremplin.data.common.DepartementTime;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.tremplin.api.shortlist.ShortlistScenario.COMPANY;
import static fr.tremplin.api.shortlist.ShortlistScenario.ok;

/**
 * The resources the matrix reaches, built through the API as the demo adviser of NANTES-NORD would: shared ones for
 * the cells that only read, fresh ones (one per cell) for the cells that change or consume them, so that no cell
 * depends on the order of the others.
 */
final class MatrixFixtures {
    /** A person (id, version) of NANTES-NORD. */
    record Person(String id, long version) {
    }

    /** A vacancy (id, version) of the demo building company. */
    record Vacancy(String id, long version) {
    }

    /** A shortlist of the company's vacancy, made by the NANTES-NORD adviser, and the one person on it. */
    record List1(String id, String personId) {
    }

    final String company;
    final String group;
    final Person person;
    final Vacancy vacancy;
    final List1 sent;
    final String placement;
    final String buyer;
    final String contractId;
    final String contractRef;

    private final ApiClient api;
    private final ShortlistScenario scenario;

    MatrixFixtures(ApiClient api) {
        this.api = api;
        this.scenario = new ShortlistScenario(api);
        company = scenario.employerId(COMPANY);
        group = scenario.employerId(ShortlistScenario.GROUP);
        person = person();
        vacancy = vacancy();
        sent = sent();
        List1 hired = sent();
        ok(scenario.outcome(COMPANY, hired.id(), hired.personId(), ShortlistScenario.answer("INTERVIEW", null)),
                HttpStatus.OK);
        Map<String, Object> outcome = ok(scenario.outcome(COMPANY, hired.id(), hired.personId(),
                ShortlistScenario.hired("CDI", LocalDate.now(DepartementTime.ZONE).plusDays(20), null, 35)), HttpStatus.OK);
        @SuppressWarnings("unchecked")
        Map<String, Object> placed = (Map<String, Object>) outcome.get("placement");
        placement = placed == null ? "sans-recrutement" : (String) placed.get("id");
        buyer = scenario.publicBuyer();
        contractRef = ShortlistScenario.uniqueRef();
        contractId = (String) ok(api.as("admin", HttpRequest.POST("/api/v1/public-contracts", contract(contractRef))),
                HttpStatus.CREATED).get("id");
    }

    Person person() {
        Map<String, Object> created = ok(api.as(ShortlistScenario.ADVISER, HttpRequest.POST("/api/v1/job-seekers",
                JobSeekerRequestBuilder.aJobSeeker().unit(MatrixAccounts.UNIT).build())), HttpStatus.CREATED);
        return new Person((String) created.get("id"), ((Number) created.get("version")).longValue());
    }

    Vacancy vacancy() {
        Map<String, Object> created = ok(api.as(COMPANY, HttpRequest.POST("/api/v1/vacancies", vacancyBody(null))),
                HttpStatus.CREATED);
        return new Vacancy((String) created.get("id"), ((Number) created.get("version")).longValue());
    }

    /** A new adviser account of NANTES-NORD (its invitation queued), created by admin. */
    String account() {
        return (String) ok(api.as("admin", HttpRequest.POST("/api/v1/accounts", Map.of("username",
                "matrice-compte-" + System.nanoTime(), "displayName", "Compte de la matrice", "email",
                "matrice@tremplin.example.org", "role", "ADVISER", "employmentUnit", MatrixAccounts.UNIT))),
                HttpStatus.CREATED).get("id");
    }

    /** The newest outgoing mail (an invitation, created here if need be). */
    @SuppressWarnings("unchecked")
    String mail() {
        account();
        Map<String, Object> page = ok(api.as("admin", HttpRequest.GET("/api/v1/admin/outgoing-mails?size=1")), HttpStatus.OK);
        return (String) ((List<Map<String, Object>>) page.get("items")).get(0).get("id");
    }

    /** A DRAFT shortlist of a fresh vacancy with a fresh person. */
    List1 draft() {
        String seeker = person().id();
        return new List1(scenario.draft(vacancy().id(), List.of(seeker)), seeker);
    }

    /** A SENT shortlist of a fresh vacancy with a fresh person. */
    List1 sent() {
        String seeker = person().id();
        return new List1(scenario.sent(vacancy().id(), List.of(seeker)), seeker);
    }

    static Map<String, Object> vacancyBody(String employerId) {
        Map<String, Object> v = new HashMap<>();
        if (employerId != null) {
            v.put("employerId", employerId);
        }
        v.put("occupation", "F1703");
        v.put("title", "Maçon (H/F)");
        v.put("description", "Chantier de rénovation");
        v.put("communeInsee", "44109");
        v.put("contractType", "CDD");
        v.put("hoursPerWeek", 35);
        v.put("startDate", LocalDate.now(DepartementTime.ZONE).plusDays(14).toString());
        v.put("positions", 2);
        v.put("requiredSkills", List.of("103767"));
        v.put("requiredLicences", List.of("B"));
        return v;
    }

    Map<String, Object> contract(String ref) {
        Map<String, Object> c = new HashMap<>();
        c.put("ref", ref);
        c.put("buyerId", buyer);
        c.put("title", "Réhabilitation du groupe scolaire");
        c.put("hoursTarget", 1200);
        c.put("startDate", LocalDate.now(DepartementTime.ZONE).minusMonths(1).toString());
        c.put("endDate", LocalDate.now(DepartementTime.ZONE).plusMonths(11).toString());
        return c;
    }
}
