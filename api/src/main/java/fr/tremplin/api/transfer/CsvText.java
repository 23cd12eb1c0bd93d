package fr.tremplin.api.transfer;

import java.nio.charset.Charset;

/**
 * A CSV file as French offices produce it: UTF-8 with or without a byte-order mark, or Windows-1252 (what Excel
 * writes as « CSV (séparateur : point-virgule) ») when the bytes are not valid UTF-8 ({@link TableReader}); the
 * separator is ';' or ',', whichever the header line holds more of outside quotes.
 */
public final class CsvText {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvText() {
    }

    public static char separator(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return commas > semicolons ? ',' : ';';
    }
}
