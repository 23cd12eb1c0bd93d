package fr.tremplin.api.transfer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * The rows of an imported file, streamed one by one (memory stays flat whatever the file's length): a CSV as French
 * offices produce it ({@link CsvText}: encoding and separator detected, quoted cells with line breaks) or the first
 * sheet of an .xlsx workbook ({@link WorkbookRows}). Each row carries the line of the file where it starts (headers:
 * line 1) — for a workbook, the row number Excel shows. Blank rows are skipped.
 */
public final class TableReader {
    /** One row of cells and the line where it starts. */
    public record Row(int line, List<String> cells) {
        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** Receives the rows in order. */
    @FunctionalInterface
    public interface RowHandler {
        void row(Row row);
    }

    /** A file that cannot be read as a table: the line where reading stopped and why. */
    public static final class UnreadableFile extends RuntimeException {
        private final int line;

        UnreadableFile(int line, String message) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private TableReader() {
    }

    public static void read(FileSource file, RowHandler handler) {
        try {
            if (file.isWorkbook()) {
                WorkbookRows.read(file, handler);
            } else {
                readCsv(file, handler);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void readCsv(FileSource file, RowHandler handler) throws IOException {
        Charset charset = charset(file);
        char separator;
        try (Reader reader = reader(file, charset)) {
            separator = CsvText.separator(firstLine(reader));
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(true).get();
        try (LineCounter counter = new LineCounter(reader(file, charset));
             CSVParser parser = CSVParser.parse(counter, format)) {
            int line = 1;
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (IllegalStateException | UncheckedIOException e) {
                    throw new UnreadableFile(line + 1, "fichier CSV mal formé après la ligne " + line
                            + " (guillemet non fermé ?)");
                }
                line = counter.lineOf(record.getCharacterPosition());
                Row row = new Row(line, record.toList());
                if (!row.isBlank()) {
                    handler.row(row);
                }
            }
        }
    }

    /** UTF-8 (byte-order mark or not) when every byte sequence is valid UTF-8, Windows-1252 otherwise. */
    static Charset charset(FileSource file) throws IOException {
        try (Reader reader = new InputStreamReader(new BufferedInputStream(file.open()), StandardCharsets.UTF_8
                .newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT))) {
            char[] buffer = new char[65536];
            while (reader.read(buffer) >= 0) {
                // only validity matters
            }
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return CsvText.WINDOWS_1252;
        }
    }

    /** The text of the file, without the byte-order mark. */
    private static Reader reader(FileSource file, Charset charset) throws IOException {
        InputStream in = new BufferedInputStream(file.open(), 65536);
        PushbackReader reader = new PushbackReader(new InputStreamReader(in, charset), 1);
        int first = reader.read();
        if (first >= 0 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }

    private static String firstLine(Reader reader) throws IOException {
        StringBuilder line = new StringBuilder();
        boolean quoted = false;
        for (int c = reader.read(); c >= 0; c = reader.read()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            }
            line.append((char) c);
        }
        return line.toString();
    }

    /**
     * Counts the characters read and where each line starts, so that the character position of a record gives its
     * line; only the line starts not yet passed are kept (a few buffers' worth).
     */
    static final class LineCounter extends FilterReader {
        private long position;
        private long[] starts = new long[1024];
        private int head;
        private int tail;
        private int linesPassed;
        private boolean lastWasCr;

        LineCounter(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0];
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = 0; i < n; i++) {
                char c = buffer[offset + i];
                position++;
                if (c == '\n') {
                    if (lastWasCr) {
                        starts[tail - 1] = position; // CRLF: one line break
                    } else {
                        push(position);
                    }
                } else if (c == '\r') {
                    push(position);
                }
                lastWasCr = c == '\r';
            }
            return n;
        }

        private void push(long start) {
            if (tail == starts.length) {
                if (head > 0) {
                    System.arraycopy(starts, head, starts, 0, tail - head);
                    tail -= head;
                    head = 0;
                } else {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                }
            }
            starts[tail++] = start;
        }

        /** The 1-based line holding character {@code charPosition} (positions asked in increasing order). */
        int lineOf(long charPosition) {
            while (head < tail && starts[head] <= charPosition) {
                head++;
                linesPassed++;
            }
            return linesPassed + 1;
        }
    }
}
