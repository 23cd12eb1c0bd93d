package fr.tremplin.data.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Passes a {@code mariadb-dump} SQL text through and counts, on the way, the rows of each table: the tables are the
 * {@code CREATE TABLE `name`} statements, the rows the value tuples of the {@code INSERT INTO `name` VALUES (...),(...);}
 * statements (MariaDB 11.4 writes one tuple per line; strings are single-quoted with backslash escapes and hold no raw
 * line break, so a parenthesis, a semicolon or a quote inside a value never counts). The manifest's counts thus describe the dump itself, whatever was written meanwhile.
 */
final class DumpStatistics extends FilterOutputStream {

    private static final byte[] INSERT = "INSERT INTO `".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CREATE = "CREATE TABLE `".getBytes(StandardCharsets.US_ASCII);

    private final Map<String, Long> rows = new TreeMap<>();
    private final byte[] head = new byte[256];
    private int headLength;
    private boolean lineStart = true;
    private Mode mode = Mode.HEAD;
    private String table;
    private boolean inString;
    private boolean escaped;
    private int depth;

    private enum Mode { HEAD, NAME, VALUES, SKIP }

    DumpStatistics(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        for (int i = off; i < off + len; i++) {
            accept(b[i]);
        }
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        accept((byte) b);
    }

    /** Rows per table, by table name. */
    Map<String, Long> rows() {
        return Map.copyOf(rows);
    }

    private void accept(byte c) {
        if (lineStart) {
            lineStart = false;
            mode = Mode.HEAD;
            headLength = 0;
        }
        switch (mode) {
            case HEAD -> head(c);
            case NAME -> name(c);
            case VALUES -> values(c);
            case SKIP -> {
                if (c == '\n') {
                    lineStart = true;
                }
            }
        }
    }

    private void head(byte c) {
        if (c == '\n') {
            lineStart = true;
            return;
        }
        head[headLength++] = c;
        if (headLength == INSERT.length && startsWith(INSERT) || headLength == CREATE.length && startsWith(CREATE)) {
            mode = Mode.NAME;
            return;
        }
        if (headLength >= Math.max(INSERT.length, CREATE.length) || !prefixOfEither()) {
            mode = Mode.SKIP;
        }
    }

    private void name(byte c) {
        if (c == '`') {
            boolean insert = head[0] == 'I';
            int nameStart = insert ? INSERT.length : CREATE.length;
            table = new String(head, nameStart, headLength - nameStart, StandardCharsets.UTF_8);
            rows.putIfAbsent(table, 0L);
            mode = insert ? Mode.VALUES : Mode.SKIP;
            inString = false;
            escaped = false;
            depth = 0;
        } else if (c == '\n' || headLength == head.length) {
            lineStart = c == '\n';
            mode = Mode.SKIP;
        } else {
            head[headLength++] = c;
        }
    }

    private void values(byte c) {
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '\'') {
                inString = false;
            }
            return;
        }
        switch (c) {
            case '\'' -> inString = true;
            case '(' -> {
                if (depth++ == 0) {
                    rows.merge(table, 1L, Long::sum);
                }
            }
            case ')' -> depth--;
            case ';' -> {
                if (depth == 0) {
                    mode = Mode.SKIP; // the end of the statement; the next line starts afresh
                }
            }
            default -> {
            }
        }
    }

    private boolean startsWith(byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (head[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private boolean prefixOfEither() {
        return isPrefix(INSERT) || isPrefix(CREATE);
    }

    private boolean isPrefix(byte[] of) {
        if (headLength > of.length) {
            return false;
        }
        for (int i = 0; i < headLength; i++) {
            if (head[i] != of[i]) {
                return false;
            }
        }
        return true;
    }
}
