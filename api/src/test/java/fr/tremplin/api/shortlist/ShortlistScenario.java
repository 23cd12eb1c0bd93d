package fr.tremplin.api.shortlist;

import fr.tremplin.api.support.ApiClient;
import fr.tremplin.api.support.JobSeekerRequestBuilder;
import fr.tremplin.data.common.DepartementTime;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** Builds shortlist scenarios through the HTTP API, as the demo accounts would. */
public final class ShortlistScenario {
    public static final String ADVISER = "conseiller";
    public static final String COMPANY = "entreprise";
    public static final String GROUP = "geiq";

    private final ApiClient api;

    public ShortlistScenario(ApiClient api) {
        this.api = api;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> body(HttpResponse<?> response) {
        return response.getBody(Map.class).map(m -> (Map<String, Object>) m)
                .orElseThrow(() -> new AssertionError("no JSON body in response " + response.getStatus()));
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> list(Map<String, Object> map, String key) {
        return (List<Map<String, Object>>) map.get(key);
    }

    public static Map<String, Object> ok(HttpResponse<Map> response, HttpStatus expected) {
        assertThat(response.code()).as("HTTP status, body %s", response.getBody(Map.class).orElse(null))
                .isEqualTo(expected.getCode());
        return body(response);
    }

    @SuppressWarnings("unchecked")
    public String employerId(String username) {
        Map<String, Object> page = body(api.as(username, HttpRequest.GET("/api/v1/employers")));
        return (String) ((List<Map<String, Object>>) page.get("items")).get(0).get("id");
    }

    /** A consenting ACTIVE seeker of NANTES-NORD targeting F1703 (RSA), bent by {@code tweak}. */
    public String seeker(UnaryOperator<JobSeekerRequestBuilder> tweak) {
        HttpResponse<Map> created = api.as(ADVISER, HttpRequest.POST("/api/v1/job-seekers",
                tweak.apply(JobSeekerRequestBuilder.aJobSeeker()).build()));
        return (String) ok(created, HttpStatus.CREATED).get("id");
    }

    public String seeker() {
        return seeker(b -> b);
    }

    public Map<String, Object> seekerRecord(String id) {
        return ok(api.as(ADVISER, HttpRequest.GET("/api/v1/job-seekers/" + id)), HttpStatus.OK);
    }

    /** A vacancy posted by an employer account; {@code contractRef} may be null. */
    public String vacancy(String employerUsername, int positions, String contractRef) {
        return vacancy(employerUsername, positions, contractRef, List.of("103767"), List.of());
    }

    /** A vacancy posted by an employer account asking for these ROME skills. */
    public String vacancy(String employerUsername, int positions, String contractRef, List<String> requiredSkills,
                          List<String> niceToHaveSkills) {
        Map<String, Object> v = vacancyBody(positions, requiredSkills, niceToHaveSkills);
        if (contractRef != null) {
            v.put("insertionClause", Map.of("contractRef", contractRef, "hours", 420));
        }
        return (String) ok(api.as(employerUsername, HttpRequest.POST("/api/v1/vacancies", v)), HttpStatus.CREATED).get("id");
    }

    /** The body of an OPEN mason vacancy in Nantes (an employer account posts it as is; staff add employerId). */
    public static Map<String, Object> vacancyBody(int positions, List<String> requiredSkills,
                                                  List<String> niceToHaveSkills) {
        Map<String, Object> v = new HashMap<>();
        v.put("occupation", "F1703");
        v.put("title", "Maçon (H/F)");
        v.put("description", "Chantier de rénovation à Nantes");
        v.put("communeInsee", "44109");
        v.put("contractType", "CDD");
        v.put("hoursPerWeek", 35);
        v.put("startDate", LocalDate.now(DepartementTime.ZONE).plusDays(14).toString());
        v.put("positions", positions);
        v.put("requiredSkills", requiredSkills);
        v.put("niceToHaveSkills", niceToHaveSkills);
        v.put("requiredLicences", List.of("B"));
        return v;
    }

    public Map<String, Object> vacancyRecord(String id) {
        return ok(api.as(ADVISER, HttpRequest.GET("/api/v1/vacancies/" + id)), HttpStatus.OK);
    }

    public HttpResponse<Map> create(String vacancyId, List<String> seekerIds) {
        Map<String, Object> request = new HashMap<>();
        request.put("vacancyId", vacancyId);
        request.put("jobSeekerIds", seekerIds);
        request.put("note", "Profils rencontrés cette semaine, mobilité vérifiée.");
        return api.as(ADVISER, HttpRequest.POST("/api/v1/shortlists", request));
    }

    /** A DRAFT shortlist; returns its id. */
    public String draft(String vacancyId, List<String> seekerIds) {
        return (String) ok(create(vacancyId, seekerIds), HttpStatus.CREATED).get("id");
    }

    public HttpResponse<Map> send(String shortlistId) {
        return api.as(ADVISER, HttpRequest.POST("/api/v1/shortlists/" + shortlistId + "/send", Map.of()));
    }

    /** A SENT shortlist; returns its id. */
    public String sent(String vacancyId, List<String> seekerIds) {
        String id = draft(vacancyId, seekerIds);
        ok(send(id), HttpStatus.OK);
        return id;
    }

    /** An answer; an employer names the person by the alias it sees on this shortlist (looked up here). */
    public HttpResponse<Map> outcome(String username, String shortlistId, String seekerId, Map<String, Object> answer) {
        String ref = isEmployer(username) ? alias(shortlistId, seekerId) : seekerId;
        return api.as(username, HttpRequest.POST("/api/v1/shortlists/" + shortlistId + "/candidates/" + ref
                + "/outcome", answer));
    }

    /** The alias under which employers see this person on this shortlist (advisers see it as employerAlias). */
    public String alias(String shortlistId, String seekerId) {
        Map<String, Object> asAdviser = ok(api.as(ADVISER, HttpRequest.GET("/api/v1/shortlists/" + shortlistId)),
                HttpStatus.OK);
        String alias = (String) candidate(asAdviser, seekerId).get("employerAlias");
        assertThat(alias).as("alias of %s", seekerId).isNotNull().isNotEqualTo(seekerId);
        return alias;
    }

    static boolean isEmployer(String username) {
        return COMPANY.equals(username) || GROUP.equals(username);
    }

    public static Map<String, Object> answer(String outcome, String reason) {
        Map<String, Object> answer = new HashMap<>();
        answer.put("outcome", outcome);
        if (reason != null) {
            answer.put("reason", reason);
        }
        return answer;
    }

    public static Map<String, Object> hired(String contractType, LocalDate start, LocalDate end, int hours) {
        Map<String, Object> answer = answer("HIRED", null);
        answer.put("contractType", contractType);
        answer.put("startDate", start.toString());
        if (end != null) {
            answer.put("endDate", end.toString());
        }
        answer.put("hoursPerWeek", hours);
        return answer;
    }

    /**
     * A shortlist as {@code username} sees it. For an employer, whose view names people by per-shortlist aliases,
     * each alias is checked to differ from the person's id and is then put back to the person's id, so that
     * assertions can name people the same way for every role.
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> read(String username, String shortlistId) {
        Map<String, Object> shortlist = ok(api.as(username, HttpRequest.GET("/api/v1/shortlists/" + shortlistId)),
                HttpStatus.OK);
        if (!isEmployer(username)) {
            return shortlist;
        }
        Map<String, String> realIds = new HashMap<>();
        for (Map<String, Object> c : list(ok(api.as(ADVISER, HttpRequest.GET("/api/v1/shortlists/" + shortlistId)),
                HttpStatus.OK), "candidates")) {
            realIds.put((String) c.get("employerAlias"), (String) c.get("jobSeekerId"));
        }
        Map<String, Object> translated = new HashMap<>(shortlist);
        translated.put("candidates", list(shortlist, "candidates").stream().map(c -> {
            String seen = (String) c.get("jobSeekerId");
            assertThat(realIds).as("the employer sees an alias, not a person's id").containsKey(seen);
            assertThat(realIds.get(seen)).isNotEqualTo(seen);
            Map<String, Object> copy = new HashMap<>(c);
            copy.put("jobSeekerId", realIds.get(seen));
            return copy;
        }).toList());
        return translated;
    }

    public static Map<String, Object> candidate(Map<String, Object> shortlist, String seekerId) {
        return list(shortlist, "candidates").stream().filter(c -> seekerId.equals(c.get("jobSeekerId"))).findFirst()
                .orElseThrow(() -> new AssertionError(seekerId + " is not on " + shortlist.get("id")));
    }

    public HttpResponse<Map> withdraw(String shortlistId, String seekerId, String reason) {
        String path = "/api/v1/shortlists/" + shortlistId + (seekerId == null ? "" : "/candidates/" + seekerId) + "/withdraw";
        Map<String, Object> body = new HashMap<>();
        body.put("reason", reason);
        return api.as(ADVISER, HttpRequest.POST(path, body));
    }

    /** A PUBLIC_BUYER employer, created by the administrator. */
    public String publicBuyer() {
        Map<String, Object> e = new HashMap<>();
        e.put("siret", siret());
        e.put("name", "Ville de test " + System.nanoTime());
        e.put("kind", "PUBLIC_BUYER");
        e.put("sector", "OTHER");
        e.put("communeInsee", "44109");
        return (String) ok(api.as("admin", HttpRequest.POST("/api/v1/employers", e)), HttpStatus.CREATED).get("id");
    }

    public HttpResponse<Map> contract(String buyerId, String ref, int hours, LocalDate start, LocalDate end) {
        Map<String, Object> c = new HashMap<>();
        c.put("ref", ref);
        c.put("buyerId", buyerId);
        c.put("title", "Réhabilitation du groupe scolaire");
        c.put("hoursTarget", hours);
        c.put("startDate", start.toString());
        c.put("endDate", end.toString());
        return api.as(ADVISER, HttpRequest.POST("/api/v1/public-contracts", c));
    }

    public static String uniqueRef() {
        return "MP-T" + Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    /** A random SIRET with a valid Luhn check digit. */
    public static String siret() {
        StringBuilder digits = new StringBuilder("9");
        for (int i = 0; i < 12; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        for (int check = 0; check < 10; check++) {
            String candidate = digits.toString() + check;
            if (luhn(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no Luhn digit");
    }

    private static boolean luhn(String s) {
        int sum = 0;
        for (int i = 0; i < s.length(); i++) {
            int d = s.charAt(s.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
