package fr.tremplin.api.transfer;

import fr.tremplin.api.employer.Siret;
import fr.tremplin.api.support.ApiClient;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Files, SIRETs and calls shared by the import tests. */
final class ImportFiles {
    private static final AtomicLong NEXT = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L * 1000);

    private ImportFiles() {
    }

    /** A SIRET no other test uses, with its check digit (starting with 9: a number cell keeps its 14 digits). */
    static String siret() {
        String prefix = "9" + String.format("%012d", NEXT.incrementAndGet() % 1_000_000_000_000L);
        for (int d = 0; d < 10; d++) {
            if (Siret.isValid(prefix + d)) {
                return prefix + d;
            }
        }
        throw new AssertionError("no check digit for " + prefix);
    }

    /** The same SIRET with a wrong check digit. */
    static String badSiret(String good) {
        int last = good.charAt(13) - '0';
        return good.substring(0, 13) + (last + 1) % 10;
    }

    static HttpResponse<Map> upload(ApiClient api, String user, String kind, byte[] file, boolean dryRun,
                                    String contentType) {
        return api.as(user, HttpRequest.POST("/api/v1/imports/" + kind + "?dryRun=" + dryRun, file)
                .contentType(MediaType.of(contentType)));
    }

    static HttpResponse<Map> upload(ApiClient api, String user, String kind, String csv, boolean dryRun) {
        return upload(api, user, kind, csv.getBytes(StandardCharsets.UTF_8), dryRun, "text/csv");
    }

    static List<Integer> counts(HttpResponse<Map> r) {
        Map<?, ?> body = r.getBody(Map.class).orElseThrow();
        return List.of("rows", "created", "updated", "unchanged", "rejected").stream()
                .map(k -> ((Number) body.get(k)).intValue()).toList();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> errors(HttpResponse<Map> r) {
        return (List<Map<String, Object>>) r.getBody(Map.class).orElseThrow().get("errors");
    }

    /** The text of an export (BOM removed). */
    static String export(HttpClient client, String token, String kind) {
        HttpResponse<byte[]> exported = client.toBlocking().exchange(HttpRequest.GET("/api/v1/exports/" + kind)
                .bearerAuth(token), byte[].class);
        byte[] bytes = exported.body();
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    /**
     * « Edited in a spreadsheet »: the header and the lines of an export whose first cell is one of {@code keys},
     * each passed through {@code edit} (cells by index, changed in place), written back as CSV.
     */
    static String keepAndEdit(String exported, List<String> keys, Function<List<String>, List<String>> edit) {
        StringBuilder out = new StringBuilder("\uFEFF");
        try (CSVParser parser = CSVParser.parse(new StringReader(exported), CSVFormat.DEFAULT.builder()
                .setDelimiter(';').get())) {
            boolean header = true;
            for (CSVRecord rec : parser) {
                List<String> cells = new ArrayList<>(rec.toList());
                if (!header) {
                    if (!keys.contains(cells.get(0))) {
                        continue;
                    }
                    cells = edit.apply(cells);
                }
                header = false;
                out.append(cells.stream().map(c -> '"' + c.replace("\"", "\"\"") + '"')
                        .collect(Collectors.joining(";"))).append("\r\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
