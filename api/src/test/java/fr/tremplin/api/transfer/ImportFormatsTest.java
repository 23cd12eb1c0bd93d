package fr.tremplin.api.transfer;

import fr.tremplin.api.cli.TremplinCli;
import fr.tremplin.api.support.ApiTest;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static fr.tremplin.api.transfer.ImportFiles.counts;
import static fr.tremplin.api.transfer.ImportFiles.errors;
import static fr.tremplin.api.transfer.ImportFiles.siret;
import static fr.tremplin.api.transfer.ImportFiles.upload;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The files an office really sends: .xlsx workbooks (dates as Excel dates or text, numbers for codes), a wrong
 * separator, 50,000 lines, a body above the import limit, and the command line on a workbook.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.read-timeout", value = "180s")
class ImportFormatsTest extends ApiTest {
    private static final String XLSX = TransferController.XLSX;
    private static final List<String> SEEKER_HEADERS = List.of("Référence", "Nom", "Prénom", "Date de naissance",
            "Commune (INSEE)", "Rayon (km)", "Métiers visés", "Disponible à partir du", "Unité", "Consentement",
            "Statut");

    private Map<String, Object> person(String ref) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) body(api.as("admin",
                HttpRequest.GET("/api/v1/job-seekers?q=" + ref))).get("items");
        return items.isEmpty() ? null : items.get(0);
    }

    /** A workbook of job seekers built by POI: birth dates as Excel dates, availability as text, numbers as numbers. */
    private static byte[] seekersWorkbook(String... refs) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Personnes");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < SEEKER_HEADERS.size(); i++) {
                header.createCell(i).setCellValue(SEEKER_HEADERS.get(i));
            }
            for (int r = 0; r < refs.length; r++) {
                Row row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue(refs[r]);
                row.createCell(1).setCellValue("Lefèvre");
                row.createCell(2).setCellValue("Hélène");
                row.createCell(3).setCellValue(LocalDate.of(1991, 3, 12));
                row.getCell(3).setCellStyle(date);
                row.createCell(4).setCellValue(44109);
                row.createCell(5).setCellValue(25);
                row.createCell(6).setCellValue("F1703|N1101");
                row.createCell(7).setCellValue("15/01/2027");
                // column 8 (Unité) left empty on the second row: a missing cell of a row is an empty cell
                if (r == 0) {
                    row.createCell(8).setCellValue("NANTES-NORD");
                }
                row.createCell(9).setCellValue("oui");
                row.createCell(10).setCellValue("en pause");
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void anXlsxWorkbookIsImportedWithItsExcelDatesAndTextDatesAndNamesTheMissingCell() throws IOException {
        String ref = "XLSX-" + System.nanoTime();
        String second = "XLSX-" + System.nanoTime();
        byte[] book = seekersWorkbook(ref, second);
        HttpResponse<Map> dry = upload(api, "admin", "job-seekers", book, true, XLSX);
        assertThat(dry.code()).as("%s", dry.body()).isEqualTo(200);
        assertThat(errors(dry)).singleElement().satisfies(e -> assertThat(e).containsEntry("line", 3)
                .containsEntry("column", "Unité"));

        byte[] fixed = seekersWorkbook(ref);
        HttpResponse<Map> apply = upload(api, "admin", "job-seekers", fixed, false, XLSX);
        assertThat(apply.code()).as("%s", apply.body()).isEqualTo(200);
        assertThat(counts(apply)).containsExactly(1, 1, 0, 0, 0);
        assertThat(person(ref)).containsEntry("birthDate", "1991-03-12").containsEntry("availableFrom", "2027-01-15")
                .containsEntry("communeInsee", "44109").containsEntry("mobilityRadiusKm", 25)
                .containsEntry("firstName", "Hélène").containsEntry("status", "PAUSED");

        // a form upload of a file named .xlsx, sent as octet-stream as some browsers do
        MultipartBody form = MultipartBody.builder().addPart("file", "personnes.xlsx", MediaType.APPLICATION_OCTET_STREAM_TYPE,
                fixed).build();
        HttpResponse<Map> again = api.as("admin", HttpRequest.POST("/api/v1/imports/job-seekers?dryRun=true", form)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE));
        assertThat(counts(again)).as("the same workbook again: unchanged").containsExactly(1, 0, 0, 1, 0);
    }

    @Test
    void aTabSeparatedFileIsRefusedOnItsHeaderLine() {
        String file = String.join("\t", SEEKER_HEADERS) + "\r\nTAB-1\tMartin\tInès\t12/03/1991\t44109\t20\tF1703\t\t"
                + "NANTES-NORD\toui\tPAUSED\r\n";
        HttpResponse<Map> apply = upload(api, "admin", "job-seekers", file, false);
        assertThat(apply.code()).isEqualTo(422);
        assertThat(errors(apply)).first().satisfies(e -> {
            assertThat(e).containsEntry("line", 1);
            assertThat((String) e.get("message")).contains("colonne inconnue", "séparateur tabulation");
        });
        assertThat(errors(apply)).anySatisfy(e -> assertThat(e).containsEntry("column", "Référence")
                .containsEntry("message", "colonne obligatoire absente"));
    }

    @Test
    void aFileOf50000LinesIsCheckedWholeAboveTheOrdinaryRequestLimit() {
        String stamp = Long.toString(System.nanoTime(), 36).toUpperCase();
        StringBuilder file = new StringBuilder(String.join(";", SEEKER_HEADERS)).append("\r\n");
        for (int i = 0; i < 50_000; i++) {
            file.append("BIG-").append(stamp).append('-').append(i).append(";Martin;Inès;12/03/1991;44109;20;F1703;;")
                    .append("NANTES-NORD;oui;PAUSED\r\n");
        }
        file.append("BIG-").append(stamp).append("-0;Martin;Inès;12/03/1991;44109;20;F1703;;NANTES-NORD;oui;PAUSED\r\n");
        byte[] bytes = file.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).as("above the 1 MB of ordinary requests").isGreaterThan(2 * 1024 * 1024);
        long started = System.nanoTime();
        HttpResponse<Map> dry = upload(api, "admin", "job-seekers", bytes, true, "text/csv");
        System.out.printf("Vérification de 50 001 lignes : %.1f s%n", (System.nanoTime() - started) / 1e9);
        assertThat(dry.code()).isEqualTo(200);
        assertThat(counts(dry)).containsExactly(50_001, 50_000, 0, 0, 1);
        assertThat(errors(dry)).singleElement().satisfies(e -> assertThat(e).containsEntry("line", 50_002)
                .containsEntry("column", "Référence"));
    }

    @Test
    void aBodyAboveFiftyMegabytesIs413WithAFrenchMessage() {
        byte[] huge = new byte[51 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        HttpResponse<Map> refused = upload(api, "admin", "job-seekers", huge, true, "text/csv");
        assertThat(refused.code()).isEqualTo(413);
        assertThat((String) body(refused).get("detail")).contains("50 Mo");
        HttpResponse<Map> ordinary = api.as("admin", HttpRequest.POST("/api/v1/employers",
                new String(new byte[2 * 1024 * 1024], StandardCharsets.ISO_8859_1).replace('\0', 'a'))
                .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertThat(ordinary.code()).as("any other route keeps 1 MB").isEqualTo(413);
        assertThat((String) body(ordinary).get("detail")).contains("1 Mo");
    }

    @Test
    void theCommandImportsAWorkbookOfEmployersAndNamesFileAndLineOfABadVacancy() throws IOException {
        String siret = siret();
        Path dir = Files.createDirectories(Path.of("target", "import-test"));
        Path book = dir.resolve("entreprises-" + System.nanoTime() + ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet();
            String[] headers = {"SIRET", "Raison sociale", "Type", "Secteur", "Commune (INSEE)"};
            Row h = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                h.createCell(i).setCellValue(headers[i]);
            }
            Row r = sheet.createRow(1);
            r.createCell(0).setCellValue(Double.parseDouble(siret)); // typed as a number: 14 digits kept
            r.createCell(1).setCellValue("Charpentes de l'Erdre");
            r.createCell(2).setCellValue("entreprise");
            r.createCell(3).setCellValue("BTP");
            r.createCell(4).setCellValue("44109");
            try (var out = Files.newOutputStream(book)) {
                wb.write(out);
            }
        }
        Path bad = dir.resolve("offres-" + System.nanoTime() + ".csv");
        Files.writeString(bad, CompanyImportTest.VACANCIES + CompanyImportTest.vacancy("CLI-" + System.nanoTime(),
                siret, "Z9999", "44109"));
        Map<String, Object> ownIndex = Map.of("tremplin.index.dir", "target/index-test/cli-" + System.nanoTime());
        assertThat(TremplinCli.run(new String[] {"import", "employers", book.toString()}, ownIndex, "test")).isZero();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> found = (List<Map<String, Object>>) body(api.as("admin",
                HttpRequest.GET("/api/v1/employers?q=" + siret))).get("items");
        assertThat(found).singleElement().satisfies(e -> assertThat(e).containsEntry("name", "Charpentes de l'Erdre"));
        assertThat(TremplinCli.run(new String[] {"import", "vacancies", bad.toString(), "--dry-run"}, ownIndex, "test"))
                .isEqualTo(2);
        assertThat(TremplinCli.run(new String[] {"import", "chats", bad.toString()}, ownIndex, "test")).isEqualTo(1);
    }
}
