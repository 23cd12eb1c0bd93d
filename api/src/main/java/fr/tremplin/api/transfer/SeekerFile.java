package fr.tremplin.api.transfer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A job-seekers file read into lines of cells by column: encoding and separator detected ({@link CsvText}), quoted
 * cells with line breaks, headers matched to {@link SeekerColumn}s. Each line keeps its line number in the file
 * (where the line starts, headers being line 1) for the report.
 */
final class SeekerFile {
    /** One data line: where it starts in the file, and its cells by column (a column absent from the file: no entry). */
    record Line(int number, Map<SeekerColumn, String> cells) {
    }

    /** The lines read, and the errors of the file itself (headers, malformed CSV, cell counts). */
    record Parsed(List<Line> lines, List<ImportError> errors) {
    }

    private SeekerFile() {
    }

    static Parsed read(byte[] bytes) {
        String text = CsvText.decode(bytes);
        List<ImportError> errors = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        if (text.isBlank()) {
            errors.add(new ImportError(1, null, null, "le fichier est vide : une ligne d'en-têtes est attendue"));
            return new Parsed(lines, errors);
        }
        int[] lineStarts = lineStarts(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(CsvText.separator(text))
                .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            SeekerColumn[] columns = null;
            for (CSVRecord record : parser) {
                int number = lineOf(lineStarts, record.getCharacterPosition());
                if (columns == null) {
                    columns = headers(record, errors);
                    if (!errors.isEmpty()) {
                        return new Parsed(lines, errors);
                    }
                    continue;
                }
                if (isBlank(record)) {
                    continue;
                }
                if (record.size() > columns.length) {
                    errors.add(new ImportError(number, null, null, "la ligne compte " + record.size()
                            + " cellules pour " + columns.length + " colonnes (séparateur dans une cellule non"
                            + " protégée par des guillemets ?)"));
                }
                Map<SeekerColumn, String> cells = new EnumMap<>(SeekerColumn.class);
                for (int i = 0; i < columns.length; i++) {
                    cells.put(columns[i], i < record.size() ? record.get(i) : ""); // a short line: empty cells
                }
                lines.add(new Line(number, cells));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | UncheckedIOException e) {
            errors.add(new ImportError(lines.size() + 2, null, null,
                    "fichier CSV mal formé (guillemet non fermé ?)"));
        }
        return new Parsed(lines, errors);
    }

    private static SeekerColumn[] headers(CSVRecord record, List<ImportError> errors) {
        SeekerColumn[] columns = new SeekerColumn[record.size()];
        for (int i = 0; i < record.size(); i++) {
            String header = record.get(i);
            SeekerColumn c = SeekerColumn.ofHeader(header);
            if (c == null) {
                errors.add(new ImportError(1, header, header, "colonne inconnue ; colonnes possibles : "
                        + String.join(", ", Arrays.stream(SeekerColumn.values()).map(SeekerColumn::header).toList())));
            } else if (Arrays.asList(columns).contains(c)) {
                errors.add(new ImportError(1, header, header, "colonne en double"));
            }
            columns[i] = c;
        }
        List<SeekerColumn> present = Arrays.asList(columns);
        for (SeekerColumn c : SeekerColumn.values()) {
            if (c.required() && !present.contains(c)) {
                errors.add(new ImportError(1, c.header(), null, "colonne obligatoire absente"));
            }
        }
        return columns;
    }

    private static boolean isBlank(CSVRecord record) {
        return record.stream().allMatch(String::isBlank);
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The 1-based line holding character {@code position}. */
    private static int lineOf(int[] starts, long position) {
        int i = Arrays.binarySearch(starts, (int) position);
        return (i >= 0 ? i : -i - 2) + 1;
    }
}
