package fr.tremplin.core.referential;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small RFC 4180 reader: comma separator, fields optionally enclosed in double quotes, a quote inside a
 * quoted field written twice, commas and line breaks allowed inside quoted fields, LF or CRLF line ends,
 * strict UTF-8 (an optional byte-order mark is skipped). The first record is the header; every record
 * must have as many fields as the header; empty lines are skipped. Every error is a {@link CsvException} naming the source and line.
 */
public final class CsvReader {

    private final String source;
    private final String text;
    private int pos;
    private int line = 1;

    private CsvReader(String source, String text) {
        this.source = source;
        this.text = text;
        this.pos = text.startsWith("\uFEFF") ? 1 : 0;
    }

    /** Reads a classpath resource, e.g. {@code referential/rome/rome_fiches.csv}. */
    public static CsvTable readResource(String resourcePath) {
        try (InputStream in = CsvReader.class.getClassLoader().getResourceAsStream(resourcePath)) {
            if (in == null) {
                throw new CsvException(resourcePath, 0, "resource not found on the classpath");
            }
            return read(resourcePath, in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close classpath resource " + resourcePath, e);
        }
    }

    /** Reads UTF-8 bytes from {@code in} (not closed); {@code source} names it in errors. */
    public static CsvTable read(String source, InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new CsvException(source, 0, "cannot be read: " + e.getMessage(), e);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return parse(source, text);
        } catch (CharacterCodingException e) {
            throw new CsvException(source, 0, "is not valid UTF-8; save it as UTF-8 and try again", e);
        }
    }

    /** Parses CSV text; {@code source} names it in errors. */
    public static CsvTable parse(String source, String text) {
        return new CsvReader(source, text).table();
    }

    private CsvTable table() {
        if (atEnd()) {
            throw new CsvException(source, 1, "is empty: a header row is expected");
        }
        List<String> header = record();
        Map<String, Integer> index = columnIndex(header);
        List<CsvRow> rows = new ArrayList<>();
        while (skipBlankLines()) {
            int start = line;
            List<String> values = record();
            if (values.size() != header.size()) {
                throw new CsvException(source, start, "expected " + header.size() + " fields " + header
                        + " but found " + values.size() + " (a comma or a line break in an unquoted field?)");
            }
            rows.add(new CsvRow(source, start, index, values));
        }
        return new CsvTable(source, header, rows);
    }

    private Map<String, Integer> columnIndex(List<String> header) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (name.isBlank()) {
                throw new CsvException(source, 1, "header column " + (i + 1) + " has no name");
            }
            if (index.putIfAbsent(name, i) != null) {
                throw new CsvException(source, 1, "header column '" + name + "' appears twice");
            }
        }
        return Map.copyOf(index);
    }

    /** Skips empty lines (a quoted empty field {@code ""} is a record, not a blank line); false at the end. */
    private boolean skipBlankLines() {
        while (!atEnd()) {
            if (text.startsWith("\r\n", pos)) {
                pos += 2;
            } else if (text.charAt(pos) == '\n') {
                pos++;
            } else {
                return true;
            }
            line++;
        }
        return false;
    }

    /** Reads one record and its line end. */
    private List<String> record() {
        List<String> fields = new ArrayList<>();
        while (true) {
            fields.add(atQuote() ? quotedField() : plainField());
            if (atEnd()) {
                return fields;
            }
            char c = text.charAt(pos++);
            if (c == ',') {
                continue;
            }
            // the fields end on ',', '\r', '\n' or the end of the text only
            if (c == '\r' && !atEnd() && text.charAt(pos) == '\n') {
                pos++;
            }
            line++;
            return fields;
        }
    }

    private String plainField() {
        int start = pos;
        while (!atEnd()) {
            char c = text.charAt(pos);
            if (c == ',' || c == '\n' || c == '\r') {
                break;
            }
            if (c == '"') {
                throw new CsvException(source, line, "a double quote inside an unquoted field; enclose the field"
                        + " in double quotes and write each quote inside it twice");
            }
            pos++;
        }
        return text.substring(start, pos);
    }

    private String quotedField() {
        int startLine = line;
        pos++; // opening quote
        StringBuilder value = new StringBuilder();
        while (true) {
            if (atEnd()) {
                throw new CsvException(source, startLine, "a quoted field is never closed (missing closing quote)");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                if (atQuote()) {
                    value.append('"');
                    pos++;
                    continue;
                }
                break;
            }
            if (c == '\n') {
                line++;
            }
            value.append(c);
        }
        if (!atEnd() && ",\r\n".indexOf(text.charAt(pos)) < 0) {
            throw new CsvException(source, line, "unexpected character '" + text.charAt(pos)
                    + "' after a closing quote; a quote inside a quoted field must be written twice");
        }
        return value.toString();
    }

    private boolean atQuote() {
        return pos < text.length() && text.charAt(pos) == '"';
    }

    private boolean atEnd() {
        return pos >= text.length();
    }
}
