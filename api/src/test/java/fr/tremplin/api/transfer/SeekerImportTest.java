package fr.tremplin.api.transfer;

import fr.tremplin.api.cli.TremplinCli;
import fr.tremplin.api.seeker.JobSeekerRequest;
import fr.tremplin.api.support.ApiTest;
import fr.tremplin.api.support.JobSeekerRequestBuilder;
import fr.tremplin.data.common.DepartementTime;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Import and export of job-seekers files through the API, on the real database. The people written here are PAUSED:
 * out of the candidate pool, they do not change the rankings other tests of the same database look at.
 */
@MicronautTest(transactional = false)
class SeekerImportTest extends ApiTest {
    private static final String IMPORT = "/api/v1/imports/job-seekers";
    private static final String HEADER = "Référence;Nom;Prénom;Date de naissance;Courriel;Téléphone;Commune (INSEE);"
            + "Rayon (km);Permis;Véhicule;Métiers visés;Expériences;Compétences;Présentation;Niveau de diplôme;"
            + "Disponible à partir du;Temps de travail;Publics;Unité;Consentement;Statut";
    private static final DateTimeFormatter FR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private HttpResponse<Map> upload(String user, byte[] file, boolean dryRun) {
        MutableHttpRequest<byte[]> request = HttpRequest.POST(IMPORT + "?dryRun=" + dryRun, file)
                .contentType(MediaType.of("text/csv"));
        return api.as(user, request);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String ref(String prefix) {
        return prefix + "-" + System.nanoTime();
    }

    /** A valid line of the full header, for NANTES-NORD. */
    private static String line(String ref, String firstName, String occupation, String birthDate) {
        return ref + ";Martin;" + firstName + ";" + birthDate + ";;;44109;20;B;oui;" + occupation + ";" + occupation
                + ":2,5;;\"Cariste, puis préparateur\";3;" + LocalDate.now(DepartementTime.ZONE).plusDays(7).format(FR)
                + ";FULL_TIME;RSA;NANTES-NORD;oui;PAUSED";
    }

    private Map<String, Object> person(String ref) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) body(api.as("admin",
                HttpRequest.GET("/api/v1/job-seekers?q=" + ref))).get("items");
        assertThat(items).as("people with reference %s", ref).hasSizeLessThanOrEqualTo(1);
        return items.isEmpty() ? null : items.get(0);
    }

    private static int count(HttpResponse<Map> r, String key) {
        return ((Number) body(r).get(key)).intValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> errors(HttpResponse<Map> r) {
        return (List<Map<String, Object>>) body(r).get("errors");
    }

    @Test
    void anExportEditedAndReimportedShowsExactlyTheEditedLinesAsUpdatedAndASecondImportChangesNothing() throws IOException {
        List<String> refs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            JobSeekerRequest b = JobSeekerRequestBuilder.aJobSeeker().build();
            JobSeekerRequest r = new JobSeekerRequest(b.externalRef(), b.firstName(), "Lefèvre", b.birthDate(),
                    b.email(), "+33 6 12 34 56 7" + i, b.communeInsee(), b.mobilityRadiusKm(), List.of("B", "C"),
                    b.hasVehicle(), List.of("F1703", "N1101"), b.experiences(), b.skills(),
                    "- maçonnerie; coffrage\n=seconde ligne, \"guillemets\"", b.diplomaLevel(), b.availableFrom(),
                    b.workingTime(), List.of("RSA", "QPV_RESIDENT"), b.employmentUnit(), b.consentToShare(), "PAUSED",
                    null);
            assertThat(api.as("responsable", HttpRequest.POST("/api/v1/job-seekers", r)).code()).isEqualTo(201);
            refs.add(r.externalRef());
        }
        HttpResponse<byte[]> exported = httpClient.toBlocking().exchange(HttpRequest.GET("/api/v1/exports/job-seekers")
                .bearerAuth(api.token("responsable")), byte[].class);
        assertThat(exported.getContentType()).get().asString().startsWith("text/csv");
        byte[] bytes = exported.body();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith(HEADER + "\r\n");
        assertThat(text).contains("'+33 6 12 34 56 70", "\"'- maçonnerie; coffrage\n=seconde ligne, \"\"guillemets\"\"\"");

        // « in a spreadsheet »: keep our three lines, change the phone of one and the radius of another
        StringBuilder edited = new StringBuilder("\uFEFF" + HEADER + "\r\n");
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
            for (CSVRecord rec : parser) {
                int index = refs.indexOf(rec.get(0));
                if (index < 0) {
                    continue;
                }
                List<String> cells = new ArrayList<>(rec.toList());
                if (index == 1) {
                    cells.set(5, "06 99 99 99 99");
                } else if (index == 2) {
                    cells.set(7, "40");
                }
                edited.append(cells.stream().map(c -> '"' + c.replace("\"", "\"\"") + '"')
                        .collect(Collectors.joining(";"))).append("\r\n");
            }
        }
        byte[] file = utf8(edited.toString());

        HttpResponse<Map> dry = upload("responsable", file, true);
        assertThat(dry.code()).as("%s", dry.body()).isEqualTo(200);
        assertThat(body(dry)).containsEntry("kind", "job-seekers").containsEntry("dryRun", true);
        assertThat(List.of(count(dry, "rows"), count(dry, "created"), count(dry, "updated"), count(dry, "unchanged"),
                count(dry, "rejected"))).as("%s", body(dry)).containsExactly(3, 0, 2, 1, 0);
        assertThat(person(refs.get(1))).containsEntry("phone", "+33 6 12 34 56 71");

        HttpResponse<Map> apply = upload("responsable", file, false);
        assertThat(apply.code()).isEqualTo(200);
        assertThat(count(apply, "updated")).isEqualTo(2);
        assertThat(person(refs.get(1))).containsEntry("phone", "06 99 99 99 99");
        assertThat(person(refs.get(2))).containsEntry("mobilityRadiusKm", 40);
        assertThat(person(refs.get(0))).containsEntry("summary", "- maçonnerie; coffrage\n=seconde ligne, \"guillemets\"")
                .containsEntry("phone", "+33 6 12 34 56 70");

        HttpResponse<Map> again = upload("responsable", file, false);
        assertThat(List.of(count(again, "created"), count(again, "updated"), count(again, "unchanged")))
                .as("the same file imported twice changes nothing").containsExactly(0, 0, 3);

        // a file without the optional columns keeps what is stored in them
        Map<String, Object> first = person(refs.get(0));
        String partial = "Référence;Nom;Prénom;Date de naissance;Commune (INSEE);Rayon (km);Unité;Consentement\r\n"
                + refs.get(0) + ";Lefèvre;" + first.get("firstName") + ";" + first.get("birthDate") + ";44109;30;NANTES-NORD;oui\r\n";
        HttpResponse<Map> narrow = upload("responsable", utf8(partial), false);
        assertThat(List.of(count(narrow, "updated"), count(narrow, "rejected"))).as("%s", body(narrow)).containsExactly(1, 0);
        assertThat(person(refs.get(0))).containsEntry("mobilityRadiusKm", 30).containsEntry("phone", "+33 6 12 34 56 70")
                .containsEntry("licences", List.of("B", "C")).containsEntry("publics", List.of("RSA", "QPV_RESIDENT"))
                .containsEntry("summary", "- maçonnerie; coffrage\n=seconde ligne, \"guillemets\"");
    }

    /** Micronaut read every value but "true" as false: ?dryRun=oui imported for real until 2026-12-08. */
    @Test
    void aDryRunValueOtherThanTrueOrFalseIsRefusedAndWritesNothing() {
        String ref = ref("IMP-FLAG");
        byte[] file = utf8(HEADER + "\r\n" + line(ref, "Inès", "F1703", "12/03/1991") + "\r\n");
        for (String value : new String[]{"oui", "1", "maybe"}) {
            HttpResponse<Map> answer = api.as("admin", HttpRequest.POST(IMPORT + "?dryRun=" + value, file)
                    .contentType(MediaType.of("text/csv")));
            assertThat(answer.code()).as(value).isEqualTo(422);
            assertThat(String.valueOf(body(answer))).contains("dryRun").contains("true ou false");
        }
        assertThat(person(ref)).as("nothing written").isNull();
        assertThat(api.as("admin", HttpRequest.POST(IMPORT + "?dryRun=TRUE", file)
                .contentType(MediaType.of("text/csv"))).code()).isEqualTo(200);
        assertThat(person(ref)).as("TRUE is a dry run too").isNull();
    }

    @Test
    void aFileWithBadLinesImportsNothingAndNamesLineAndColumn() {
        String good = ref("IMP-OK");
        String badRome = ref("IMP-ROME");
        String badDate = ref("IMP-DATE");
        String file = HEADER + "\r\n" + line(good, "Inès", "F1703", "12/03/1991") + "\r\n"
                + line(badRome, "Paul", "Z9999", "12/03/1991") + "\r\n"
                + line(badDate, "Lina", "F1703", "31/02/1990") + "\r\n";
        HttpResponse<Map> dry = upload("admin", utf8(file), true);
        assertThat(dry.code()).isEqualTo(200);
        assertThat(List.of(count(dry, "rows"), count(dry, "created"), count(dry, "rejected"))).containsExactly(3, 1, 2);

        HttpResponse<Map> apply = upload("admin", utf8(file), false);
        assertThat(apply.code()).isEqualTo(422);
        List<Map<String, Object>> errors = errors(apply);
        System.out.println("Import refusé : " + errors);
        assertThat(errors).anySatisfy(e -> assertThat(e).containsEntry("line", 3)
                .containsEntry("column", "Métiers visés").containsEntry("value", "Z9999"));
        assertThat(errors).anySatisfy(e -> assertThat(e).containsEntry("line", 4)
                .containsEntry("column", "Date de naissance").containsEntry("value", "31/02/1990"));
        assertThat(person(good)).as("an apply with an error writes nothing").isNull();
        assertThat(person(badRome)).isNull();
    }

    @Test
    void aCommaSeparatedWindows1252FileIsReadRightWithLineNumbersAfterAMultilineCell() {
        String ref = ref("IMP-1252");
        String bad = ref("IMP-1252B");
        String file = "Référence,Nom,Prénom,Date de naissance,Commune (INSEE),Rayon (km),Métiers visés,Unité,Consentement,Présentation,Statut\r\n"
                + ref + ",Lefèvre,Hélène,1988-07-14,44109,15,F1703|N1101,NANTES-NORD,oui,\"Première ligne, été\r\nseconde ligne\",en pause\r\n"
                + bad + ",Noël,Zoé,14/07/1988,44109,999,F1703,NANTES-NORD,non,,PAUSED\r\n";
        byte[] bytes = file.getBytes(Charset.forName("windows-1252"));
        HttpResponse<Map> dry = upload("responsable", bytes, true);
        assertThat(dry.code()).isEqualTo(200);
        assertThat(errors(dry)).singleElement().satisfies(e -> assertThat(e).containsEntry("line", 4)
                .containsEntry("column", "Rayon (km)").containsEntry("value", "999"));

        String fixed = file.replace(",999,", ",30,");
        HttpResponse<Map> apply = upload("responsable", fixed.getBytes(Charset.forName("windows-1252")), false);
        assertThat(apply.code()).as("%s", apply.body()).isEqualTo(200);
        assertThat(count(apply, "created")).isEqualTo(2);
        assertThat(person(ref)).containsEntry("firstName", "Hélène").containsEntry("lastName", "Lefèvre")
                .containsEntry("birthDate", "1988-07-14").containsEntry("summary", "Première ligne, été\r\nseconde ligne")
                .containsEntry("targetOccupations", List.of("F1703", "N1101")).containsEntry("status", "PAUSED");
        assertThat(person(bad)).containsEntry("firstName", "Zoé").containsEntry("consentToShare", false);
    }

    @Test
    void aUnitManagerImportsOnlyTheirUnitAndOnlyJobSeekers() {
        String mine = ref("IMP-MINE");
        String theirs = ref("IMP-SNZ");
        String file = HEADER + "\r\n" + line(mine, "Inès", "F1703", "12/03/1991") + "\r\n"
                + line(theirs, "Paul", "F1703", "12/03/1991").replace("NANTES-NORD", "SAINT-NAZAIRE") + "\r\n";
        HttpResponse<Map> refused = upload("responsable", utf8(file), false);
        assertThat(refused.code()).isEqualTo(403);
        assertThat((String) body(refused).get("detail")).contains("ligne(s) 3");
        assertThat(person(mine)).isNull();
        assertThat(upload("conseiller", utf8(file), true).code()).isEqualTo(403);

        HttpResponse<Map> admin = upload("admin", utf8(file), false);
        assertThat(count(admin, "created")).isEqualTo(2);

        MutableHttpRequest<byte[]> employers = HttpRequest.POST("/api/v1/imports/employers?dryRun=true", utf8(file))
                .contentType(MediaType.of("text/csv"));
        assertThat(api.as("responsable", employers).code()).as("employers: ADMIN only").isEqualTo(403);
        assertThat(api.as("responsable", HttpRequest.GET("/api/v1/exports/vacancies")).code()).isEqualTo(403);
        MutableHttpRequest<byte[]> unknown = HttpRequest.POST("/api/v1/imports/chats", utf8(file))
                .contentType(MediaType.of("text/csv"));
        assertThat(api.as("admin", unknown).code()).isEqualTo(404);
    }

    @Test
    void theImportCommandImportsAFileAndRefusesABadOne() throws IOException {
        String ref = ref("IMP-CLI");
        Path dir = Files.createDirectories(Path.of("target", "import-test"));
        Path good = dir.resolve("good-" + System.nanoTime() + ".csv");
        Path bad = dir.resolve("bad-" + System.nanoTime() + ".csv");
        Files.writeString(good, HEADER + "\r\n" + line(ref, "Inès", "F1703", "12/03/1991") + "\r\n");
        Files.writeString(bad, HEADER + "\r\n" + line(ref("IMP-CLI-BAD"), "Inès", "Z9999", "12/03/1991") + "\r\n");
        // the command opens the same test database in its own context, with an index directory of its own
        Map<String, Object> ownIndex = Map.of("tremplin.index.dir", "target/index-test/cli-" + System.nanoTime());
        assertThat(TremplinCli.run(new String[] {"import", "job-seekers", bad.toString()}, ownIndex, "test")).isEqualTo(2);
        assertThat(TremplinCli.run(new String[] {"import", "job-seekers", good.toString(), "--dry-run"}, ownIndex, "test"))
                .isZero();
        assertThat(person(ref)).as("a dry run writes nothing").isNull();
        assertThat(TremplinCli.run(new String[] {"import", "job-seekers", good.toString()}, ownIndex, "test")).isZero();
        assertThat(person(ref)).containsEntry("firstName", "Inès");
    }

    @Test
    void theDocumentedExampleFileIsValidAndAFormUploadIsReadAsTheBody() throws IOException {
        byte[] example = Files.readAllBytes(Path.of("..", "docs", "examples", "personnes.csv"));
        HttpResponse<Map> dry = upload("admin", example, true);
        assertThat(dry.code()).isEqualTo(200);
        assertThat(errors(dry)).as("docs/examples/personnes.csv").isEmpty();
        assertThat(count(dry, "rows")).isEqualTo(2);

        MultipartBody form = MultipartBody.builder().addPart("file", "personnes.csv", MediaType.of("text/csv"), example)
                .build();
        HttpResponse<Map> uploaded = api.as("admin", HttpRequest.POST(IMPORT + "?dryRun=true", form)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE));
        assertThat(uploaded.code()).as("%s", uploaded.body()).isEqualTo(200);
        assertThat(count(uploaded, "rows")).isEqualTo(2);
        assertThat(errors(uploaded)).isEmpty();
    }
}
