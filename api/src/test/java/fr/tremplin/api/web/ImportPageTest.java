package fr.tremplin.api.web;

import fr.tremplin.api.support.ApiTest;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import page as a browser uses it, without script: choose the kind, send the file (multipart, CSRF token in the
 * form's action), read the check's report, then « Importer » applies the same file kept on the server. A unit
 * manager is offered job seekers only.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class ImportPageTest extends ApiTest {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern ACTION = Pattern.compile("action=\"(/pilotage/import/verifier\\?_csrf=[^\"]+)\"");
    private static final Pattern TICKET = Pattern.compile("name=\"fichier\" value=\"([0-9a-f]+)\"");
    private static final String HEADER = "Référence;Nom;Prénom;Date de naissance;Commune (INSEE);Rayon (km);"
            + "Métiers visés;Unité;Consentement;Statut\r\n";

    private HttpResponse<String> page(String username, MutableHttpRequest<?> request, Cookie nonce) {
        request.accept(MediaType.TEXT_HTML).cookie(Cookie.of("tremplin_session", api.token(username)));
        if (nonce != null) {
            request.cookie(nonce);
        }
        try {
            return httpClient.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> response = (HttpResponse<String>) e.getResponse();
            return response;
        }
    }

    private static String group(Pattern p, String html) {
        Matcher m = p.matcher(html);
        assertThat(m.find()).as("%s in %s", p, html).isTrue();
        return m.group(1).replace("&amp;", "&");
    }

    private Map<String, Object> person(String ref) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) body(api.as("admin",
                HttpRequest.GET("/api/v1/job-seekers?q=" + ref))).get("items");
        return items.isEmpty() ? null : items.get(0);
    }

    @Test
    void aManagerChecksAFileSeesTheReportThenImportsTheSameFile() {
        HttpResponse<String> form = page("responsable", HttpRequest.GET("/pilotage/import"), null);
        assertThat(form.code()).isEqualTo(200);
        assertThat(form.body()).contains("Import et export de fichiers", "value=\"job-seekers\"",
                "/api/v1/exports/job-seekers").doesNotContain("value=\"employers\"").doesNotContain("<script>");
        Cookie nonce = form.getCookie("tremplin_csrf").orElseThrow(() -> new AssertionError("no CSRF cookie"));
        String action = group(ACTION, form.body());

        String ref = "WEB-" + System.nanoTime();
        String bad = "WEB-" + System.nanoTime();
        String file = HEADER + ref + ";Martin;Inès;12/03/1991;44109;20;F1703;NANTES-NORD;oui;PAUSED\r\n"
                + bad + ";Martin;Paul;12/03/1991;44109;20;Z9999;NANTES-NORD;oui;PAUSED\r\n";
        HttpResponse<String> refused = page("responsable", HttpRequest.POST(action, upload(file))
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), nonce);
        assertThat(refused.code()).isEqualTo(200);
        assertThat(refused.body()).contains("Fichier refusé", "Métiers visés", "Z9999", "code ROME inconnu")
                .doesNotContain("id=\"importer\"");

        String good = file.substring(0, file.lastIndexOf(bad));
        HttpResponse<String> checked = page("responsable", HttpRequest.POST(action, upload(good))
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), nonce);
        assertThat(checked.body()).contains("Fichier vérifié", "id=\"creees\">1<", "id=\"importer\"");
        assertThat(person(ref)).as("the check writes nothing").isNull();

        String ticket = group(TICKET, checked.body());
        String token = group(CSRF, checked.body());
        HttpResponse<String> imported = page("responsable", HttpRequest.POST("/pilotage/import/importer",
                        "fichier=" + ticket + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED), nonce);
        assertThat(imported.code()).isEqualTo(200);
        assertThat(imported.body()).contains("Import terminé", "id=\"creees\">1<");
        assertThat(person(ref)).containsEntry("firstName", "Inès");

        HttpResponse<String> again = page("responsable", HttpRequest.POST("/pilotage/import/importer",
                        "fichier=" + ticket + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED), nonce);
        assertThat(again.code()).as("a kept file is imported once").isEqualTo(422);
        assertThat(again.body()).contains("plus disponible", "envoyez-le de nouveau");

        HttpResponse<String> noToken = page("responsable", HttpRequest.POST("/pilotage/import/verifier", upload(good))
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), nonce);
        assertThat(noToken.code()).as("an upload without the CSRF token").isEqualTo(403);
    }

    @Test
    void anAdministratorIsOfferedTheThreeKindsAndTheirExports() {
        HttpResponse<String> form = page("admin", HttpRequest.GET("/pilotage/import"), null);
        assertThat(form.body()).contains("value=\"job-seekers\"", "value=\"employers\"", "value=\"vacancies\"",
                "/api/v1/exports/employers", "/api/v1/exports/vacancies");
        assertThat(page("conseiller", HttpRequest.GET("/pilotage/import"), null).code()).isEqualTo(403);
    }

    private static MultipartBody upload(String csv) {
        return MultipartBody.builder().addPart("type", "job-seekers")
                .addPart("fichier", "personnes.csv", MediaType.of("text/csv"), csv.getBytes(StandardCharsets.UTF_8))
                .build();
    }
}
